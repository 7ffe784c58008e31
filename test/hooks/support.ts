import { cleanup } from '@testing-library/react'
import { createMockKeystone, type LoggedRequest, type MockKeystone, type MockKeystoneOptions } from 'keystone-api-react/testing'
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
