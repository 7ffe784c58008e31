import { describe, expect, it } from 'vitest'
import { isKeystoneHttpError } from 'keystone-api-react/client'
import { ALICE, BOB, STAFF_USER } from 'keystone-api-react/testing'
import { loggedIn, newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()

describe('mock Keystone authentication', () => {
  it('logs in with a password and sets sessionid and csrftoken cookies', async () => {
    const client = newClient(ctx.mock)
    const response = await client.httpPost('authentication/login/', { json: { username: 'alice', password: 'alice-password' } })
    expect(response.status).toBe(200)
    expect((response.data as { username: string }).username).toBe('alice')
    const cookies = String(response.headers['set-cookie'])
    expect(cookies).toMatch(/sessionid=\w+; HttpOnly/)
    expect(cookies).toMatch(/csrftoken=\w+/)
    expect(await client.whoami()).toMatchObject({ username: 'alice', is_staff: false })
  })

  it('answers 400 with field errors on bad credentials', async () => {
    const client = newClient(ctx.mock)
    const error = await client.login({ username: 'alice', password: 'wrong' }).catch((caught: unknown) => caught)
    expect(isKeystoneHttpError(error) && error.status).toBe(400)
    const missing = await client.httpPost('authentication/login/', { json: { username: 'alice' } })
    expect(missing.data).toEqual({ password: ['This field is required.'] })
  })

  it('answers 401 to whoami and lists when not logged in', async () => {
    const client = newClient(ctx.mock)
    expect(await client.whoami()).toBeNull()
    const response = await client.httpGet('allocations/clusters/')
    expect(response.status).toBe(401)
    expect(response.headers['www-authenticate']).toBe('Token')
  })

  it('keeps health and version public', async () => {
    const client = newClient(ctx.mock)
    expect(await client.getHealth()).toBe(true)
    expect(await client.getVersion()).toMatch(/^\d+\.\d+/)
    expect(await client.getHealthProm()).toContain('keystone_health_check_status')
    expect((await client.getHealthJson()).data).toHaveLength(4)
  })

  it('sends X-CSRFToken from the csrftoken cookie on writes and accepts them', async () => {
    const client = await loggedIn(ctx.mock, STAFF_USER)
    await client.createCluster({ name: 'newton' })
    const write = ctx.mock.requests.find((request) => request.method === 'POST' && request.path === 'allocations/clusters/')!
    expect(write.headers['x-csrftoken']).toBe(write.cookies.csrftoken)
    expect(write.headers.cookie).toContain('sessionid=')
  })

  it('answers 403 on a write without X-CSRFToken', async () => {
    const client = await loggedIn(ctx.mock, STAFF_USER)
    const cookie = ctx.mock.requests.at(-1)!
    expect(cookie.path).toBe('authentication/login/')
    const session = (await client.httpGet('authentication/whoami/')).status
    expect(session).toBe(200)
    const jar = ctx.mock.requests.at(-1)!.headers.cookie!
    const response = await fetch(`${ctx.mock.baseUrl}allocations/clusters/`, {
      method: 'POST',
      headers: { cookie: jar, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'nocsrf' }),
    })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^CSRF Failed: /)
    const wrong = await fetch(`${ctx.mock.baseUrl}allocations/clusters/`, {
      method: 'POST',
      headers: { cookie: jar, 'x-csrftoken': 'nope', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'nocsrf' }),
    })
    expect(wrong.status).toBe(403)
    expect(ctx.mock.db.clusters.some((row) => row.name === 'nocsrf')).toBe(false)
  })

  it('accepts token auth without cookies or CSRF', async () => {
    const client = newClient(ctx.mock, { token: STAFF_USER.token })
    const cluster = await client.createCluster({ name: 'tokenized' })
    expect(cluster.name).toBe('tokenized')
    const sent = ctx.mock.requests.at(-1)!
    expect(sent.headers.authorization).toBe('Token admin-token')
    expect(sent.headers['x-csrftoken']).toBeUndefined()
    expect((await newClient(ctx.mock, { token: 'bad-token' }).httpGet('users/users/')).status).toBe(401)
  })

  it('logs out: the session ends and later calls answer 401', async () => {
    const client = await loggedIn(ctx.mock, ALICE)
    const jar = ctx.mock.requests.at(-1)!
    expect(jar.status).toBe(200)
    await client.logout()
    expect(await client.whoami()).toBeNull()
    expect(ctx.mock.requests.filter((request) => request.path === 'authentication/logout/').map((request) => request.status)).toEqual([200])
    await client.logout()
    expect(ctx.mock.requests.at(-1)!.status).toBe(401)
  })

  it('keeps the sessions of two clients apart', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    const bob = await loggedIn(ctx.mock, BOB)
    expect((await alice.whoami())!.username).toBe('alice')
    expect((await bob.whoami())!.username).toBe('bob')
    expect(await newClient(ctx.mock).whoami()).toBeNull()
  })

  it('records the correlation id of every request', async () => {
    const client = await loggedIn(ctx.mock, ALICE)
    await client.listClusters()
    expect(ctx.mock.requests.every((request) => request.headers['x-keystone-cid'] === client.cid)).toBe(true)
  })
})
