import type { QueryClient } from '@tanstack/react-query'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import type { RequestHandler } from 'msw'
import { type ReactNode, useEffect, useRef } from 'react'
import { KeystoneClient } from '../../client/index.ts'
import { createKeystoneQueryClient } from '../../provider/createKeystoneQueryClient.ts'
import { KeystoneProvider } from '../../provider/KeystoneProvider.tsx'
import { createMockKeystone } from '../createMockKeystone.ts'
import { SEED_USERS } from '../credentials.ts'
import type { MockKeystone, SeedUser } from '../types.ts'

/** What `renderWithKeystone` needs of an MSW `setupServer()` (or `setupWorker()`): a way to add handlers. */
export interface HandlerHost {
  /** Prepends handlers; the caller's `resetHandlers()` removes them again. */
  use(...handlers: RequestHandler[]): void
}

/** Options of {@link renderWithKeystone}: Testing Library's render options plus the Keystone setup. */
export interface RenderWithKeystoneOptions extends Omit<RenderOptions, 'queries'> {
  /**
   * The MSW server (or worker) to answer through: the mock's handlers are added with `server.use`.
   * Leave it out when the mock's handlers are already installed (`setupServer(...mock.handlers)`).
   */
  server?: HandlerHost
  /** The mock to talk to. @default a fresh `createMockKeystone()` */
  mock?: MockKeystone
  /** Log in as this seed user (or username) before rendering; anonymous when omitted. */
  user?: SeedUser | string
  /**
   * The client to use; you close it. @default in Node, `new KeystoneClient({ url: mock.baseUrl, cookies: 'jar', adapter: 'http' })`
   * (closed on unmount); in a browser, the default transport with the browser's cookies.
   */
  client?: KeystoneClient
  /** Query cache to use. @default a fresh `createKeystoneQueryClient()` with retries off, cleared on unmount */
  queryClient?: QueryClient
  /** Passed to `<KeystoneProvider onSessionExpired>`. */
  onSessionExpired?: () => void
}

/** What {@link renderWithKeystone} returns: Testing Library's result plus the Keystone pieces it used. */
export interface KeystoneRenderResult extends RenderResult {
  /** The mock answering the client: inspect `mock.requests`, arrange `mock.db`, inject `mock.fail(...)`. */
  mock: MockKeystone
  /** The client the provider shares. */
  client: KeystoneClient
  /** The query cache the hooks use. */
  queryClient: QueryClient
}

function isNode(): boolean {
  const runtime = globalThis as { process?: { versions?: { node?: unknown } } }
  return typeof runtime.process?.versions?.node === 'string'
}

const hasDocument = (): boolean => typeof document !== 'undefined' && typeof location !== 'undefined'

/**
 * With a DOM (happy-dom in Node, or a browser) the mock keeps the session in `document.cookie`:
 * happy-dom's fetch classes drop `Cookie` and `Set-Cookie` headers as a browser does, so a
 * client-kept jar never sees them. Such a mock must share the page's origin.
 */
function defaultMock(): MockKeystone {
  return createMockKeystone(hasDocument() ? { baseUrl: new URL('/api/', location.href).href } : {})
}

function defaultClient(mock: MockKeystone): KeystoneClient {
  if (!isNode()) return new KeystoneClient({ url: mock.baseUrl })
  // axios' Node http adapter is what MSW's setupServer intercepts; cookies live where the mock puts them.
  return new KeystoneClient({ url: mock.baseUrl, cookies: hasDocument() ? 'browser' : 'jar', adapter: 'http' })
}

/** Forgets the mock's session cookies in `document.cookie`, so no session outlives its test. */
function clearDocumentSession(): void {
  if (!hasDocument()) return
  for (const name of ['sessionid', 'csrftoken']) document.cookie = `${name}=; Max-Age=0; Path=/`
}

function seedUser(user: SeedUser | string): SeedUser {
  if (typeof user !== 'string') return user
  const found = SEED_USERS.find((candidate) => candidate.username === user)
  if (!found) throw new Error(`renderWithKeystone: no seed user "${user}"; pass the SeedUser object for extra users`)
  return found
}

/** Releases what renderWithKeystone made once the tree unmounts (deferred, so StrictMode's re-mount keeps it). */
function Releases({ release, children }: { release: () => void; children: ReactNode }): ReactNode {
  const mounts = useRef(0)
  useEffect(() => {
    mounts.current += 1
    return () => {
      mounts.current -= 1
      queueMicrotask(() => mounts.current === 0 && release())
    }
  }, [release])
  return children
}

/**
 * Renders `ui` for Testing Library inside a `<KeystoneProvider>` wired to an in-memory mock
 * Keystone (a fresh one unless given) and a fresh `QueryClient` with retries off, optionally
 * logged in as `user` first. Each call gets its own mock state; on unmount (Testing Library's
 * `cleanup()`) the client and query cache it made are closed and cleared.
 *
 * The MSW server is yours: make one per test file with no handlers, pass it as `server`, and
 * `resetHandlers()` after each test so no mock outlives its test.
 * With a DOM (happy-dom), the session lives in `document.cookie` as in a browser, so a mock you
 * pass must share the page's origin: `createMockKeystone({ baseUrl: new URL('/api/', location.href).href })`.
 * @throws {Error} when `user` names no seed user, or the mock is on another origin than the page.
 * @example
 * ```tsx
 * // @vitest-environment happy-dom
 * import { cleanup, screen } from '@testing-library/react'
 * import { setupServer } from 'msw/node'
 * import { ALICE } from 'keystone-api-react/testing'
 * import { renderWithKeystone } from 'keystone-api-react/testing/react'
 *
 * const server = setupServer()
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * afterEach(() => {
 *   cleanup()
 *   server.resetHandlers()
 * })
 * afterAll(() => server.close())
 *
 * it('lists the clusters alice may use', async () => {
 *   const { mock } = await renderWithKeystone(<Clusters />, { server, user: ALICE })
 *   await screen.findByText('blanca')
 *   expect(mock.requests.filter((r) => r.path === 'allocations/clusters/')).toHaveLength(1)
 * })
 * ```
 */
export async function renderWithKeystone(ui: ReactNode, options: RenderWithKeystoneOptions = {}): Promise<KeystoneRenderResult> {
  const { server, mock = defaultMock(), user, client: givenClient, queryClient: givenQueryClient, onSessionExpired, ...renderOptions } = options
  const account = user === undefined ? undefined : seedUser(user)
  if (account && !givenClient && hasDocument() && new URL(mock.baseUrl).origin !== location.origin) {
    throw new Error(`renderWithKeystone: with a DOM the session lives in document.cookie; create the mock with baseUrl: new URL('/api/', location.href).href`)
  }
  server?.use(...mock.handlers)
  const client = givenClient ?? defaultClient(mock)
  const queryClient = givenQueryClient ?? createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } })
  const release = (): void => {
    clearDocumentSession()
    if (!givenClient) client.close()
    if (!givenQueryClient) queryClient.clear()
  }
  // The login answer is the session user: the provider then needs no whoami on mount.
  const initialUser = account
    ? await client.login({ username: account.username, password: account.password }).catch((error: unknown) => {
        release()
        throw error
      })
    : undefined
  const tree = (children: ReactNode): ReactNode => (
    <Releases release={release}>
      <KeystoneProvider client={client} queryClient={queryClient} onSessionExpired={onSessionExpired} initialUser={initialUser}>
        {children}
      </KeystoneProvider>
    </Releases>
  )
  const result = render(tree(ui), renderOptions)
  return { ...result, rerender: (next) => result.rerender(tree(next)), mock, client, queryClient }
}
