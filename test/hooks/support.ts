import { cleanup } from '@testing-library/react'
import { createMockKeystone, type LoggedRequest, type MockKeystone, type MockKeystoneOptions } from 'keystone-api-react/testing'
import { KeystoneClient } from 'keystone-api-react/client'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/**
 * An MSW server for the file's tests, with no handlers of its own: `renderWithKeystone(ui, { server })`
 * adds a fresh mock's handlers, and after each test the tree is unmounted and the handlers removed.
 */
export function startMswServer(): ReturnType<typeof setupServer> {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    cleanup()
    server.resetHandlers()
  })
  afterAll(() => server.close())
  return server
}

/** Requests the mock received for a path (relative to its base URL), by method. */
export function received(mock: MockKeystone, method: string, path: string): LoggedRequest[] {
  return mock.requests.filter((request) => request.method === method && request.path === path)
}

/** A mock on the page's origin, as `renderWithKeystone` makes by default under happy-dom (the session lives in `document.cookie`). */
export function pageMock(options: Omit<MockKeystoneOptions, 'baseUrl'> = {}): MockKeystone {
  return createMockKeystone({ ...options, baseUrl: new URL('/api/', location.href).href })
}

/**
 * A page mock and a client already logged in as `user`, for rendering without `user` (the
 * provider then resolves the session itself with `whoami` on mount).
 */
export async function loggedInElsewhere(
  server: ReturnType<typeof setupServer>,
  user: { username: string; password: string },
): Promise<{ mock: MockKeystone; client: KeystoneClient }> {
  const mock = pageMock()
  server.use(...mock.handlers)
  const client = new KeystoneClient({ url: mock.baseUrl, adapter: 'http' })
  await client.login({ username: user.username, password: user.password })
  mock.requests.length = 0
  return { mock, client }
}
