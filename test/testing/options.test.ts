import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, SEED_USERS, type SeedUser, STAFF_USER } from 'keystone-api-react/testing'

const ZED: SeedUser = { username: 'zed', password: 'zed-password', token: 'zed-token' }

describe('mock Keystone options', () => {
  const throttled = createMockKeystone({ baseUrl: 'http://throttled.test/api/v1', throttle: { perMinute: 3 }, seed: 7, users: [ZED] })
  const server = setupServer(...throttled.handlers)
  beforeAll(() => server.listen())
  afterAll(() => server.close())

  it('answers 429 with Retry-After once the per-minute budget is spent', async () => {
    const client = new KeystoneClient({ url: throttled.baseUrl, token: STAFF_USER.token, throttleRetries: 0 })
    for (let index = 0; index < 3; index++) expect((await client.httpGet('users/users/')).status).toBe(200)
    const response = await client.httpGet('users/users/')
    expect(response.status).toBe(429)
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    expect((response.data as { detail: string }).detail).toMatch(/^Request was throttled\. Expected available in \d+ seconds\.$/)
    throttled.reset()
    expect((await client.httpGet('users/users/')).status).toBe(200)
  })

  it('refills the budget after a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      throttled.reset()
      const client = new KeystoneClient({ url: throttled.baseUrl, token: STAFF_USER.token, throttleRetries: 0 })
      for (let index = 0; index < 3; index++) await client.httpGet('users/users/')
      const throttledResponse = await client.httpGet('users/users/')
      expect(throttledResponse.headers['retry-after']).toBe('60')
      vi.setSystemTime(Date.now() + 45_000)
      expect((await client.httpGet('users/users/')).headers['retry-after']).toBe('15')
      vi.setSystemTime(Date.now() + 15_000)
      expect((await client.httpGet('users/users/')).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
  })

  it('serves under a base URL with a prefix and gives the same data for the same seed', async () => {
    expect(throttled.baseUrl).toBe('http://throttled.test/api/v1/')
    expect(createMockKeystone({ seed: 7 }).records('grants')).toEqual(throttled.records('grants'))
    expect(createMockKeystone({ seed: 8 }).records('grants')).not.toEqual(throttled.records('grants'))
  })

  it('adds extra users that can log in and belong to no team', async () => {
    throttled.reset()
    const client = new KeystoneClient({ url: throttled.baseUrl, cookies: 'jar' })
    const zed = await client.login({ username: 'zed', password: 'zed-password' })
    expect(zed).toMatchObject({ id: SEED_USERS.length + 1, is_staff: false, _membership: [] })
    expect((await client.listRequests()).count).toBe(0)
  })
})
