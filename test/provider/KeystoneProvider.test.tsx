// @vitest-environment happy-dom
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneClient, KeystoneProvider, keystoneKeys, keystoneQueries, useClusters, useKeystoneClient, useSession, useWhoAmI } from 'keystone-api-react'
import { ALICE, BOB, createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { StrictMode, useEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { loggedInElsewhere, pageMock, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Session() {
  const { status, user, cid } = useSession()
  return <p>{`${status}:${user?.username ?? '-'}:${cid.length}`}</p>
}

function Names() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>)}</ul>
}

function grabClient(box: { client?: KeystoneClient }) {
  return function Grab() {
    const client = useKeystoneClient()
    useEffect(() => {
      box.client = client
    })
    return <Session />
  }
}

describe('KeystoneProvider', () => {
  it('resolves the session with whoami on mount', async () => {
    const { mock, client } = await loggedInElsewhere(server, STAFF_USER)
    await renderWithKeystone(<Session />, { server, mock, client })
    expect(screen.getByText('loading:-:36')).toBeTruthy()
    await screen.findByText('authenticated:admin:36')
    expect(received(mock, 'GET', 'authentication/whoami/')).toHaveLength(1)
  })

  it('starts from initialUser without asking whoami', async () => {
    const { mock } = await renderWithKeystone(<Session />, { server, user: STAFF_USER })
    expect(screen.getByText('authenticated:admin:36')).toBeTruthy()
    expect(received(mock, 'GET', 'authentication/whoami/')).toHaveLength(0)
  })

  it('reports an anonymous session', async () => {
    await renderWithKeystone(<Session />, { server })
    await screen.findByText('anonymous:-:36')
  })

  it('throws a fix-it error when a hook is used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<Names />)).toThrow('useClusters must be called inside <KeystoneProvider>')
    expect(() => render(<Session />)).toThrow('useSession must be called inside <KeystoneProvider>')
    vi.restoreAllMocks()
  })

  it('closes the client it made when it unmounts', async () => {
    const mock = pageMock()
    server.use(...mock.handlers)
    const box: { client?: KeystoneClient } = {}
    const Grab = grabClient(box)
    const { unmount } = render(<KeystoneProvider url={mock.baseUrl}><Grab /></KeystoneProvider>)
    await screen.findByText('anonymous:-:36')
    expect(box.client?.baseUrl).toBe(mock.baseUrl)
    expect(box.client?.closed).toBe(false)
    unmount()
    await waitFor(() => expect(box.client?.closed).toBe(true))
  })

  it('lends the client it made as one KeystoneClient on the same connection and session', async () => {
    const mock = pageMock()
    server.use(...mock.handlers)
    const seen: KeystoneClient[] = []
    function Lend() {
      const first = useKeystoneClient()
      const second = useKeystoneClient()
      useEffect(() => {
        seen.push(first, second)
      })
      return <Session />
    }
    const { unmount } = render(<KeystoneProvider url={mock.baseUrl}><Lend /><Lend /></KeystoneProvider>)
    await screen.findAllByText('anonymous:-:36')
    const client = seen[0] as KeystoneClient
    expect(client).toBeInstanceOf(KeystoneClient)
    expect(new Set(seen).size).toBe(1)
    // The named methods work, on the provider's session and with its correlation id.
    await client.login({ username: STAFF_USER.username, password: STAFF_USER.password })
    expect((await client.listClusters({ limit: 1 })).results).toHaveLength(1)
    const cids = new Set(mock.requests.map((request) => request.headers['x-keystone-cid']))
    expect([...cids]).toEqual([client.cid])
    unmount()
    await waitFor(() => expect(client.closed).toBe(true))
  })

  it('keeps the client it made open through StrictMode re-mounts', async () => {
    const mock = pageMock()
    server.use(...mock.handlers)
    const box: { client?: KeystoneClient } = {}
    const Grab = grabClient(box)
    render(
      <StrictMode>
        <KeystoneProvider url={mock.baseUrl}>
          <Grab />
        </KeystoneProvider>
      </StrictMode>,
    )
    await screen.findByText('anonymous:-:36')
    expect(box.client?.closed).toBe(false)
  })

  it('closes the client it made for the previous token when the token changes', async () => {
    const mock = pageMock()
    server.use(...mock.handlers)
    const box: { client?: KeystoneClient } = {}
    const Grab = grabClient(box)
    const { rerender, unmount } = render(<KeystoneProvider url={mock.baseUrl} token={ALICE.token}><Grab /></KeystoneProvider>)
    await screen.findByText('authenticated:alice:36')
    const first = box.client
    rerender(<KeystoneProvider url={mock.baseUrl} token={BOB.token}><Grab /></KeystoneProvider>)
    await screen.findByText('authenticated:bob:36')
    await waitFor(() => expect(first?.closed).toBe(true))
    expect(box.client).not.toBe(first)
    expect(box.client?.closed).toBe(false)
    unmount()
  })

  it('learns the session user from a whoami answered to a hook, whatever the hook selects', async () => {
    const { mock, client } = await loggedInElsewhere(server, ALICE)
    function Initials() {
      const { data } = useWhoAmI({ select: (user) => user?.username.slice(0, 2) ?? 'nobody' })
      return <p>{`whoami:${data ?? '...'}`}</p>
    }
    // The provider is told the page is anonymous, but the server knows alice.
    const { unmount } = render(<KeystoneProvider client={client} initialUser={null}><Session /><Initials /></KeystoneProvider>)
    await screen.findByText('authenticated:alice:36')
    await screen.findByText('whoami:al')
    expect(received(mock, 'GET', 'authentication/whoami/').length).toBeGreaterThan(0)
    unmount()
    client.close()
  })

  it('learns the session user from a whoami prefetched into its cache', async () => {
    const { client } = await loggedInElsewhere(server, ALICE)
    const queryClient = createKeystoneQueryClient()
    const { unmount } = render(<KeystoneProvider client={client} queryClient={queryClient} initialUser={null}><Session /></KeystoneProvider>)
    screen.getByText('anonymous:-:36')
    await act(() => queryClient.prefetchQuery(keystoneQueries.whoami(client)))
    await screen.findByText('authenticated:alice:36')
    unmount()
    client.close()
  })

  it('leaves a client it was given open', async () => {
    const { client, unmount } = await renderWithKeystone(null, { server, client: new KeystoneClient({ url: pageMock().baseUrl }) })
    unmount()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(client.closed).toBe(false)
    client.close()
  })

  it('keeps the app QueryClient for the app inside an existing QueryClientProvider', async () => {
    const outer = createKeystoneQueryClient()
    const box: { inner?: unknown } = {}
    function Probe() {
      const inner = useQueryClient()
      useEffect(() => {
        box.inner = inner
      })
      return <Names />
    }
    const { queryClient } = await renderWithKeystone(<Probe />, {
      server,
      user: STAFF_USER,
      wrapper: ({ children }) => <QueryClientProvider client={outer}>{children}</QueryClientProvider>,
    })
    await screen.findByText('alpine')
    expect(box.inner).toBe(outer)
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)
    expect(outer.getQueryCache().getAll()).toHaveLength(0)
  })
})

describe('two KeystoneProviders for two servers', () => {
  // Token clients: the page's cookies belong to one origin only.
  const otherMock = () => createMockKeystone({ baseUrl: 'http://other.test/api/' })
  const tokenClient = (baseUrl: string, token: string) => new KeystoneClient({ url: baseUrl, token, adapter: 'http' })

  it('keep separate caches with their own query clients', async () => {
    const other = otherMock()
    const otherClient = tokenClient(other.baseUrl, BOB.token)
    const mine = pageMock()
    const first = await renderWithKeystone(<Names />, { server, mock: mine, client: tokenClient(mine.baseUrl, STAFF_USER.token) })
    const second = await renderWithKeystone(<Names />, { server, mock: other, client: otherClient })
    await waitFor(() => expect(screen.getAllByText('alpine')).toHaveLength(2))
    expect(screen.getAllByText('summit')).toHaveLength(1)
    expect(first.queryClient).not.toBe(second.queryClient)
    expect(first.queryClient.getQueryCache().findAll({ queryKey: ['keystone', other.baseUrl] })).toHaveLength(0)
    expect(second.queryClient.getQueryCache().findAll({ queryKey: ['keystone', first.mock.baseUrl] })).toHaveLength(0)
    otherClient.close()
    first.client.close()
  })

  it('keep separate entries when they share one QueryClient', async () => {
    const other = otherMock()
    const otherClient = tokenClient(other.baseUrl, BOB.token)
    const shared = createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } })
    const mine = pageMock()
    const first = await renderWithKeystone(<Names />, { server, mock: mine, client: tokenClient(mine.baseUrl, STAFF_USER.token), queryClient: shared })
    await renderWithKeystone(<Names />, { server, mock: other, client: otherClient, queryClient: shared })
    await screen.findByText('summit')
    await waitFor(() => expect(screen.getAllByText('legacy')).toHaveLength(2))
    const names = (baseUrl: string) =>
      shared.getQueryCache().findAll({ queryKey: keystoneKeys.resource({ baseUrl }, 'clusters') }).flatMap((query) => (query.state.data as { results: { name: string }[] }).results.map((row) => row.name))
    expect(names(first.mock.baseUrl)).toEqual(['alpine', 'blanca', 'summit', 'legacy'])
    expect(names(other.baseUrl)).toEqual(['alpine', 'legacy'])
    otherClient.close()
    first.client.close()
  })
})
