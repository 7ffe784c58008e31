import { QueryClient } from '@tanstack/react-query'
import { clusterQueries as rootClusterQueries, KeystoneProvider, type KeystoneProviderProps } from 'keystone-api-react'
import type { KeystoneClient, PageOf } from 'keystone-api-react/client'
import { clusterQueries, keystoneKeys } from 'keystone-api-react/server'
import { describe, expectTypeOf, it } from 'vitest'

declare const client: KeystoneClient

describe('keystone-api-react/server types', () => {
  it('builds the same typed options as the root entry', () => {
    expectTypeOf(clusterQueries.list(client, { limit: 5 })).toEqualTypeOf(rootClusterQueries.list(client, { limit: 5 }))
    const data = new QueryClient().getQueryData(keystoneKeys.list(client, 'clusters', { limit: 5 }))
    expectTypeOf(data).toEqualTypeOf<PageOf<'clusters'> | undefined>()
  })

  it('takes a cid with url, not with a client you made', () => {
    expectTypeOf<{ url: string; cid: string }>().toExtend<KeystoneProviderProps>()
    // @ts-expect-error the client you give carries its own cid
    ;<KeystoneProvider client={client} cid="0b0e6c8a-4f4e-4a51-9d3e-3f1c2e5b7a10" />
  })
})
