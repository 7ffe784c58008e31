import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query'
import {
  clusterQueries,
  createKeystoneQueryClient,
  isKeystoneValidationError,
  KeystoneClient,
  keystoneKeys,
  keystoneQueries,
} from 'keystone-api-react/server'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function serverSide() {
  const mock = createMockKeystone()
  server.use(...mock.handlers)
  const client = new KeystoneClient({ url: mock.baseUrl, token: STAFF_USER.token })
  return { mock, client }
}

describe('keystone-api-react/server', () => {
  it('exports no hook and no component, only what runs without React', async () => {
    const names = Object.keys(await import('keystone-api-react/server'))
    expect(names).toContain('clusterQueries')
    expect(names).toContain('keystoneKeys')
    expect(names).toContain('KeystoneClient')
    expect(names.filter((name) => /^use[A-Z]/.test(name) || name.endsWith('Provider'))).toEqual([])
  })

  it('prefetches a list in Node and hands it over through dehydrate/hydrate', async () => {
    const { mock, client } = serverSide()
    const queryClient = createKeystoneQueryClient()
    await queryClient.prefetchQuery(clusterQueries.list(client, { order: 'name', limit: 3 }))
    await queryClient.prefetchQuery(keystoneQueries.detail(client, 'clusters', 1))
    // What a framework serialises into the page.
    const state = JSON.parse(JSON.stringify(dehydrate(queryClient)))

    const browser = new QueryClient()
    hydrate(browser, state)
    const page = browser.getQueryData(keystoneKeys.list(client, 'clusters', { order: 'name', limit: 3 }))
    const names = mock.records('clusters').map((cluster) => cluster.name).sort().slice(0, 3)
    expect(page?.results.map((cluster) => cluster.name)).toEqual(names)
    expect(browser.getQueryData(keystoneKeys.detail(client, 'clusters', 1))?.id).toBe(1)
    expect(mock.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET allocations/clusters/', 'GET allocations/clusters/1/'])
    client.close()
  })

  it('builds the same key for the same server and params whatever client asks', () => {
    const a = new KeystoneClient({ url: 'https://keystone.example.edu/api' })
    const b = new KeystoneClient({ url: 'https://keystone.example.edu/api/' })
    expect(clusterQueries.list(a, { limit: 5 }).queryKey).toEqual(clusterQueries.list(b, { limit: 5 }).queryKey)
    expect(a.cid).not.toBe(b.cid)
  })
})

describe('KeystoneClient cid option', () => {
  it('sends the given correlation id on every request', async () => {
    const mock = createMockKeystone()
    server.use(...mock.handlers)
    const cid = crypto.randomUUID()
    const client = new KeystoneClient({ url: mock.baseUrl, token: STAFF_USER.token, cid })
    await client.listClusters({ limit: 1 })
    await client.retrieveCluster({ pk: 1 })
    expect(client.cid).toBe(cid)
    expect(mock.requests.map((request) => request.headers['x-keystone-cid'])).toEqual([cid, cid])
  })

  it('refuses a correlation id that is not a UUID before any request', () => {
    let error: unknown
    try {
      new KeystoneClient({ url: 'https://keystone.example.edu/api/', cid: 'request-42' })
    } catch (caught) {
      error = caught
    }
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(String((error as Error).message)).toMatch(/cid.*UUID/)
  })
})
