// @vitest-environment happy-dom
import type { QueryClient } from '@tanstack/react-query'
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, keystoneKeys, useCluster, useClusters, useUpdateCluster } from 'keystone-api-react'
import type { KeystoneClient } from 'keystone-api-react/client'
import { useEffect } from 'react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { renderApp, startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

type Update = ReturnType<typeof useUpdateCluster>
const hooks: { update?: Update } = {}

function Dashboard() {
  const { data } = useClusters({ limit: 100, order: 'id' })
  const one = useCluster(1)
  const update = useUpdateCluster()
  useEffect(() => {
    hooks.update = update
  })
  return (
    <div>
      <p>{`rows: ${data?.results.length ?? 0}`}</p>
      <p>{`first: ${data?.results[0]?.name ?? ''} / ${one.data?.name ?? ''}`}</p>
    </div>
  )
}

async function admin(): Promise<KeystoneClient> {
  const client = keystone.client()
  await client.login({ username: 'admin', password: 'admin-password' })
  return client
}

/** Rows of the cache that differ from the server's records: cached list page and detail entries. */
function staleRows(queryClient: QueryClient, client: KeystoneClient): string[] {
  const server = new Map(mock.records('clusters').map((record) => [record.id, JSON.stringify(record)]))
  const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100, order: 'id' }))
  const cached = [...(page?.results ?? []), queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 1))]
  return cached.filter((record) => record && server.get(record.id) !== JSON.stringify(record)).map((record) => JSON.stringify(record))
}

describe('concurrent writes', () => {
  it('50 parallel updates to different records and 10 to one record leave the cache equal to the server', async () => {
    await scenario('concurrency: 50 + 10 parallel updates', async () => {
      for (let index = 0; index < 50; index++) {
        mock.db.clusters.push({ id: 100 + index, name: `node-${index}`, description: null, enabled: true, access_mode: 'OP', access_teams: [] })
      }
      const client = await admin()
      const queryClient = createKeystoneQueryClient()
      renderApp(<Dashboard />, { client, queryClient })
      await screen.findByText('rows: 54')
      await screen.findByText('first: alpine / alpine')
      const update = hooks.update!
      await act(() =>
        Promise.all([
          ...Array.from({ length: 50 }, (_, index) => update.mutateAsync({ pk: 100 + index, data: { name: `renamed-${index}` } })),
          ...Array.from({ length: 10 }, (_, index) => update.mutateAsync({ pk: 1, data: { description: `edit ${index}` } })),
        ]),
      )
      await waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0))
      expect(mock.records('clusters').filter((record) => record.name.startsWith('renamed-'))).toHaveLength(50)
      expect(staleRows(queryClient, client)).toEqual([])
    })
  })
})
