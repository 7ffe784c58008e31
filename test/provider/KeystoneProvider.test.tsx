// @vitest-environment happy-dom
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import type { KeystoneClient } from 'keystone-api-react/client'
import { http, HttpResponse } from 'msw'
import { StrictMode, useEffect } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { KeystoneProvider, useClusters, useKeystoneClient, useLogin, useLogout, useSession } from '../../src/react.ts'
import { makeClient, makeQueryClient, renderWithKeystone } from '../hooks/render.tsx'
import { API, resetState, server, state } from '../hooks/server.ts'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(resetState)
afterEach(cleanup)
afterAll(() => server.close())

function Session() {
  const { status, user, cid } = useSession()
  return <p>{`${status}:${user?.username ?? '-'}:${cid.length}`}</p>
}

function Names() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>)}</ul>
}

describe('KeystoneProvider', () => {
  it('resolves the session with whoami on mount', async () => {
    await renderWithKeystone(<Session />, { username: 'ada' })
    expect(screen.getByText('loading:-:36')).toBeTruthy()
    await screen.findByText('authenticated:ada:36')
  })

  it('reports an anonymous session', async () => {
    await renderWithKeystone(<Session />)
    await screen.findByText('anonymous:-:36')
  })

  it('throws a fix-it error when a hook is used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<Names />)).toThrow('useClusters must be called inside <KeystoneProvider>')
    expect(() => render(<Session />)).toThrow('useSession must be called inside <KeystoneProvider>')
    vi.restoreAllMocks()
  })

  it('closes the client it made when it unmounts', async () => {
    const box: { client?: KeystoneClient } = {}
    function Grab() {
      const client = useKeystoneClient()
      useEffect(() => {
        box.client = client
      })
      return null
    }
    const { unmount } = render(
      <KeystoneProvider url={API}>
        <Grab />
      </KeystoneProvider>,
    )
    expect(box.client?.baseUrl).toBe(API)
    expect(box.client?.closed).toBe(false)
    unmount()
    await waitFor(() => expect(box.client?.closed).toBe(true))
  })

  it('keeps the client it made open through StrictMode re-mounts', async () => {
    await renderWithKeystone(null)
    const box: { client?: KeystoneClient } = {}
    function Grab() {
      const client = useKeystoneClient()
      useEffect(() => {
        box.client = client
      })
      return <Session />
    }
    render(
      <StrictMode>
        <KeystoneProvider url={API}>
          <Grab />
        </KeystoneProvider>
      </StrictMode>,
    )
    await screen.findByText('anonymous:-:36')
    expect(box.client?.closed).toBe(false)
  })

  it('leaves a client it was given open', async () => {
    const client = makeClient()
    const { unmount } = render(<KeystoneProvider client={client} />)
    unmount()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(client.closed).toBe(false)
  })

  it('keeps the app QueryClient for the app inside an existing QueryClientProvider', async () => {
    const outer = makeQueryClient()
    const keystone = makeQueryClient()
    const box: { inner?: unknown } = {}
    function Probe() {
      const inner = useQueryClient()
      useEffect(() => {
        box.inner = inner
      })
      return <Names />
    }
    render(
      <QueryClientProvider client={outer}>
        <KeystoneProvider client={makeClient()} queryClient={keystone}>
          <Probe />
        </KeystoneProvider>
      </QueryClientProvider>,
    )
    expect(box.inner).toBe(outer)
    await waitFor(() => expect(keystone.getQueryCache().getAll().length).toBeGreaterThan(0))
    expect(outer.getQueryCache().getAll()).toHaveLength(0)
  })

  it('keeps separate caches for two servers sharing one QueryClient', async () => {
    const other = 'http://other.test/api/'
    server.use(
      http.get(`${other}authentication/whoami/`, () => HttpResponse.json({ id: 9, username: 'zed' })),
      http.get(`${other}allocations/clusters/`, () =>
        HttpResponse.json({ count: 1, next: null, previous: null, results: [{ id: 1, name: 'other-cluster-1' }] }),
      ),
    )
    const a = makeClient()
    await a.login({ username: 'ada', password: 'pw' })
    const shared = makeQueryClient()
    render(
      <>
        <KeystoneProvider client={a} queryClient={shared}>
          <Names />
        </KeystoneProvider>
        <KeystoneProvider url={other} queryClient={shared}>
          <Names />
        </KeystoneProvider>
      </>,
    )
    await screen.findByText('ada-cluster-1')
    await screen.findByText('other-cluster-1')
    expect(shared.getQueryCache().findAll({ queryKey: ['keystone', other] }).length).toBeGreaterThan(0)
  })
})

function LoginPanel() {
  const login = useLogin()
  const logout = useLogout()
  const { user } = useSession()
  return (
    <div>
      <p>user:{user?.username ?? 'none'}</p>
      <button onClick={() => login.mutate({ username: 'bob', password: 'pw' })}>login bob</button>
      <button onClick={() => logout.mutate()}>logout</button>
      <Names />
    </div>
  )
}

describe('useLogin / useLogout', () => {
  it('removes every record of the previous user when another logs in', async () => {
    const { queryClient } = await renderWithKeystone(<LoginPanel />, { username: 'ada' })
    await screen.findByText('ada-cluster-1')
    screen.getByText('login bob').click()
    await screen.findByText('user:bob')
    await screen.findByText('bob-cluster-26')
    expect(screen.queryByText(/ada-cluster/)).toBeNull()
    const cached = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))
    expect(cached).not.toContain('ada-cluster')
  })

  it('clears the cache on logout', async () => {
    const { queryClient } = await renderWithKeystone(<LoginPanel />, { username: 'ada' })
    await screen.findByText('ada-cluster-1')
    screen.getByText('logout').click()
    await screen.findByText('user:none')
    expect(screen.queryByText(/ada-cluster/)).toBeNull()
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))).not.toContain('ada-cluster')
  })
})

describe('session expiry', () => {
  it('clears the cache and calls onSessionExpired once on a 401', async () => {
    const onSessionExpired = vi.fn()
    function Two() {
      const first = useClusters({ limit: 5 })
      const second = useClusters({ limit: 6 })
      return <p>{`${first.data?.results[0]?.name ?? 'none'} ${second.error?.name ?? ''}`}</p>
    }
    const { queryClient } = await renderWithKeystone(
      <>
        <Session />
        <Two />
      </>,
      { username: 'ada', onSessionExpired },
    )
    await screen.findByText(/^ada-cluster-1/)
    state.current.sessions.clear()
    await queryClient.invalidateQueries()
    await screen.findByText('anonymous:-:36')
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(screen.queryByText(/ada-cluster/)).toBeNull()
  })
})
