import type { QueryClient } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { KeystoneProvider } from 'keystone-api-react'
import { KeystoneClient, type KeystoneClientOptions } from 'keystone-api-react/client'
import { createMockKeystone, type MockKeystone } from 'keystone-api-react/testing'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { waitFor } from '@testing-library/react'
import { keystoneKeys } from 'keystone-api-react'
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest'

/** One request as it left the process, whatever its origin. */
export interface Sent {
  method: string
  url: string
  /** Lower-case header names. */
  headers: Record<string, string>
}

/** The mock Keystone behind MSW, plus a log of every request sent to any origin. */
export interface Keystone {
  mock: MockKeystone
  server: ReturnType<typeof setupServer>
  /** Every request sent, to the API or elsewhere (`request:start`). */
  sent: Sent[]
  /** Requests no handler of the API answered (another origin, or a path outside the base). */
  stray: Sent[]
  /** Requests to another origin than the API's that carried a cookie, CSRF token or `Authorization`. */
  crossOriginCredentials(): Sent[]
  client(options?: Partial<KeystoneClientOptions>): KeystoneClient
}

const CREDENTIALS = ['cookie', 'x-csrftoken', 'authorization'] as const

function toSent(request: Request): Sent {
  const headers: Record<string, string> = {}
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value
  })
  return { method: request.method, url: request.url, headers }
}

/**
 * Starts a fresh mock Keystone for the file (reset after each test), with every request
 * observed, and anything outside the API answered by a network error after being recorded.
 */
export function startKeystone(): Keystone {
  // Under happy-dom, fetch classes drop `Cookie`/`Set-Cookie` as a browser does: the session then
  // lives in `document.cookie`, so the mock shares the page's origin and the client uses the browser's cookies.
  const dom = typeof document !== 'undefined'
  const mock = createMockKeystone(dom ? { baseUrl: new URL('/api/', location.href).href } : {})
  const origin = new URL(mock.baseUrl).origin
  const sent: Sent[] = []
  const stray: Sent[] = []
  const server = setupServer(
    ...mock.handlers,
    // Nothing leaves the process: a request the API does not answer is recorded and fails.
    http.all('*', ({ request }) => {
      stray.push(toSent(request))
      return HttpResponse.error()
    }),
  )
  server.events.on('request:start', ({ request }) => {
    sent.push(toSent(request))
  })
  const clients: KeystoneClient[] = []
  beforeAll(() => server.listen({ onUnhandledRequest: (request) => void stray.push(toSent(request)) }))
  afterEach(() => {
    vi.useRealTimers()
    // In a DOM environment the mock mirrors its cookies into `document.cookie`: forget them.
    if (typeof document !== 'undefined') {
      for (const name of document.cookie.split(';').map((part) => part.split('=')[0]?.trim())) {
        if (name) document.cookie = `${name}=; Max-Age=0; Path=/`
      }
    }
    for (const client of clients.splice(0)) client.close()
    server.resetHandlers()
    mock.reset()
    sent.length = 0
    stray.length = 0
  })
  afterAll(() => server.close())
  return {
    mock,
    server,
    sent,
    stray,
    crossOriginCredentials: () =>
      sent.filter((request) => new URL(request.url).origin !== origin && CREDENTIALS.some((name) => name in request.headers)),
    client(options = {}) {
      const client = new KeystoneClient({ url: mock.baseUrl, cookies: dom ? 'browser' : 'jar', adapter: 'http', ...options })
      clients.push(client)
      return client
    },
  }
}

/** Renders `ui` in a `<KeystoneProvider>` over `client` and `queryClient`. */
export function renderApp(
  ui: ReactNode,
  { client, queryClient, onSessionExpired }: { client: KeystoneClient; queryClient: QueryClient; onSessionExpired?: () => void },
): RenderResult {
  return render(
    <KeystoneProvider client={client} queryClient={queryClient} onSessionExpired={onSessionExpired}>
      {ui}
    </KeystoneProvider>,
  )
}

/** Fakes only `setTimeout`, `clearTimeout` and `Date`, so sockets keep working (STYLE.md §7). */
export function useFakeTime(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
}

/**
 * Lets fake time pass in `step` ms slices, letting I/O run between them, until `done()` holds.
 * @throws when `done()` still fails after `limit` ms of fake time.
 */
export async function advanceUntil(done: () => boolean, { step = 10, limit = 120_000 } = {}): Promise<number> {
  for (let elapsed = 0; elapsed <= limit; elapsed += step) {
    if (done()) return elapsed
    await vi.advanceTimersByTimeAsync(step)
    await new Promise((resolve) => setImmediate(resolve))
  }
  throw new Error(`condition not met within ${limit} ms of fake time`)
}

/** Every value held by the query cache, as one JSON text (for leak scans). */
export function cacheDump(queryClient: QueryClient): string {
  return JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]))
}

/**
 * Waits until nothing is fetching and the cache agrees with the mock: the cluster list
 * (`limit: 100, order: 'id'`) holds every record, and each detail entry of `pks` (details and
 * by-ids share them) is its record, or `null` once deleted.
 */
export async function expectClustersConverged(mock: MockKeystone, queryClient: QueryClient, client: KeystoneClient, pks: readonly number[]): Promise<void> {
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0)
    const records = mock.records('clusters')
    expect(queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100, order: 'id' }))?.results).toEqual(records)
    for (const pk of pks) expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', pk))).toEqual(records.find((row) => row.id === pk) ?? null)
  }, { interval: 2, timeout: 2000 })
}
