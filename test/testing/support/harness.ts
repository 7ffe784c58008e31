import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, type MockKeystone, type MockKeystoneOptions, type SeedUser } from 'keystone-api-react/testing'

/** A mock served by MSW for the tests of one file, reset before each test. */
export function serveMockKeystone(options: MockKeystoneOptions = {}): { readonly mock: MockKeystone } {
  const mock = createMockKeystone(options)
  const server = setupServer(...mock.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => mock.reset())
  afterAll(() => server.close())
  return { mock }
}

/** A client with its own cookie jar (Node). */
export function newClient(mock: MockKeystone, options: { token?: string } = {}): KeystoneClient {
  return new KeystoneClient({ url: mock.baseUrl, cookies: 'jar', throttleRetries: 0, ...options })
}

/** A client logged in as `user` with a cookie session. */
export async function loggedIn(mock: MockKeystone, user: SeedUser): Promise<KeystoneClient> {
  const client = newClient(mock)
  await client.login({ username: user.username, password: user.password })
  return client
}
