// @vitest-environment happy-dom
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'

const mock = createMockKeystone({ baseUrl: `${location.origin}/api/` })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('mock Keystone in a browser-like environment', () => {
  it('keeps a session through document.cookie when Set-Cookie cannot reach the page', async () => {
    const client = new KeystoneClient({ url: mock.baseUrl, cookies: 'browser' })
    await client.login({ username: STAFF_USER.username, password: STAFF_USER.password })
    expect(document.cookie).toMatch(/csrftoken=/)
    expect((await client.whoami())!.username).toBe('admin')
    const cluster = await client.createCluster({ name: 'browser' })
    expect(cluster.name).toBe('browser')
    const write = mock.requests.at(-1)!
    expect(write.headers['x-csrftoken']).toBe(write.cookies.csrftoken)
    await client.logout()
    expect(await client.whoami()).toBeNull()
  })
})
