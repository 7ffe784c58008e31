// @vitest-environment happy-dom
import { dehydrate, type DehydratedState, HydrationBoundary } from '@tanstack/react-query'
import { KeystoneProvider, useClusters, useKeystoneClient, useSession } from 'keystone-api-react'
import { clusterQueries, createKeystoneQueryClient, KeystoneClient } from 'keystone-api-react/server'
import { createMockKeystone, type MockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { setupServer } from 'msw/node'
import { act, type ReactNode, useEffect } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const server = setupServer()
// Hydration is driven with act() directly, as Testing Library would.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const PARAMS = { order: 'name', limit: 3 } as const
let root: Root | undefined
afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  server.resetHandlers()
})

function Cid(): ReactNode {
  return <p data-testid="cid">{`cid:${useSession().cid}`}</p>
}

function Clusters(): ReactNode {
  const { data } = useClusters(PARAMS)
  return <ul>{data ? data.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>) : <li>Loading…</li>}</ul>
}

/** What a Server Component does: prefetch with the server entry, dehydrate for the page. */
async function prefetchOnServer(mock: MockKeystone): Promise<{ state: DehydratedState; cid: string }> {
  const client = new KeystoneClient({ url: mock.baseUrl, token: STAFF_USER.token, cookies: 'jar' })
  const queryClient = createKeystoneQueryClient()
  await queryClient.prefetchQuery(clusterQueries.list(client, PARAMS))
  client.close()
  return { state: JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState, cid: client.cid }
}

/** Server render to HTML, then hydration in the page; every recoverable error React reports is kept. */
async function renderThenHydrate(page: (side: 'server' | 'browser') => ReactNode): Promise<{ html: string; errors: unknown[] }> {
  const html = renderToString(page('server'))
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const errors: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, page('browser'), {
      onRecoverableError: (error) => errors.push(error),
      onUncaughtError: (error) => errors.push(error),
    })
  })
  return { html, errors }
}

describe('server render and hydration', () => {
  it('hydrates the prefetched list under the key the hooks read, with the CID handed down', async () => {
    const mock = createMockKeystone()
    server.use(...mock.handlers)
    const { state, cid } = await prefetchOnServer(mock)
    mock.requests.length = 0
    const names = mock.records('clusters').map((cluster) => cluster.name).sort().slice(0, 3)

    // As an app does for SSR: prefetched data stays fresh a while, so hydration does not refetch it.
    const browserCache = createKeystoneQueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } })
    const { html, errors } = await renderThenHydrate((side) => (
      <KeystoneProvider
        url={mock.baseUrl}
        token={STAFF_USER.token}
        cid={cid}
        initialUser={null}
        queryClient={side === 'browser' ? browserCache : createKeystoneQueryClient()}
      >
        <Cid />
        <HydrationBoundary state={state}>
          <Clusters />
        </HydrationBoundary>
      </KeystoneProvider>
    ))

    expect(errors).toEqual([])
    for (const name of names) expect(html).toContain(name)
    expect(html).toContain(`cid:${cid}`)
    expect(document.querySelector('[data-testid="cid"]')?.textContent).toBe(`cid:${cid}`)
    expect([...document.querySelectorAll('li')].map((item) => item.textContent)).toEqual(names)
    // The hooks read the key the server entry built: the data is there and nothing is fetched again.
    const serverKey = clusterQueries.list(new KeystoneClient({ url: mock.baseUrl }), PARAMS).queryKey
    expect(browserCache.getQueryData(serverKey)?.results.map((cluster) => cluster.name)).toEqual(names)
    expect(mock.requests.filter((request) => request.path === 'allocations/clusters/')).toEqual([])
  })

  it('shows no CID until hydrated when none is handed down, so server and browser markup agree', async () => {
    const mock = createMockKeystone()
    server.use(...mock.handlers)
    const seen: { cid?: string } = {}
    function ClientCid(): ReactNode {
      const client = useKeystoneClient()
      useEffect(() => {
        seen.cid = client.cid
      })
      return null
    }
    const { html, errors } = await renderThenHydrate(() => (
      <KeystoneProvider url={mock.baseUrl} initialUser={null}>
        <Cid />
        <ClientCid />
      </KeystoneProvider>
    ))
    expect(errors).toEqual([])
    expect(html).toContain('>cid:</p>')
    expect(document.querySelector('[data-testid="cid"]')?.textContent).toBe(`cid:${seen.cid}`)
    expect(seen.cid).toMatch(/^[0-9a-f-]{36}$/)
  })
})
