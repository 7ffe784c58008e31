import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { HttpClient, isKeystoneHttpError, isKeystoneValidationError, KeystoneClient } from 'keystone-api-react/client'
import { startSessionServer, type SeenRequest } from './sessionServer.ts'

let api: Awaited<ReturnType<typeof startSessionServer>>
beforeAll(async () => {
  api = await startSessionServer()
})
afterAll(() => api.close())
beforeEach(() => {
  api.seen.length = 0
})

const client = (options: { token?: string } = {}) => new KeystoneClient({ url: api.url, cookies: 'jar', ...options })
const last = (): SeenRequest => api.seen.at(-1)!
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)

describe('KeystoneClient session auth', () => {
  it('logs in, keeps the session cookie and answers whoami', async () => {
    const keystone = client()
    expect(await keystone.whoami()).toBeNull()
    expect(await keystone.isAuthenticated()).toBe(false)
    const user = await keystone.login({ username: 'ada', password: 'secret' })
    expect(user).toMatchObject({ id: 7, username: 'ada' })
    expect(await keystone.whoami()).toMatchObject({ username: 'ada' })
    expect(await keystone.isAuthenticated()).toBe(true)
    expect(last().headers.cookie).toMatch(/sessionid=[\w-]+/)
  })

  it('opens a view of another client on the same connection: CID, session cookies and close()', async () => {
    const core = new HttpClient({ url: api.url, cookies: 'jar' })
    const keystone = KeystoneClient.from(core)
    expect(KeystoneClient.from(core)).toBe(keystone)
    expect(keystone.cid).toBe(core.cid)
    await keystone.login({ username: 'ada', password: 'secret' })
    // The core sends the session the view logged in with.
    expect((await core.httpGet('authentication/whoami/')).status).toBe(200)
    expect(last().headers['x-keystone-cid']).toBe(core.cid)
    expect(await new KeystoneClient(core.connection).whoami()).toMatchObject({ username: 'ada' })
    core.close()
    expect(keystone.closed).toBe(true)
  })

  it('sends X-CSRFToken from the csrftoken cookie on every write and never on reads', async () => {
    const keystone = client()
    await keystone.login({ username: 'ada', password: 'secret' })
    const csrf = /csrftoken=(\w+)/.exec(last().headers.cookie ?? '')?.[1] ?? api.seen.length
    api.seen.length = 0
    await keystone.listClusters()
    await keystone.createCluster({ name: 'gpu' })
    await keystone.updateCluster({ pk: 1, data: { enabled: false } })
    await keystone.replaceCluster({ pk: 1, data: { name: 'gpu' } })
    await keystone.deleteCluster({ pk: 1 })
    const token = /csrftoken=(\w+)/.exec(api.seen[0]?.headers.cookie ?? '')?.[1]
    expect(token).toBeTruthy()
    expect(api.seen.map((r) => [r.method, r.headers['x-csrftoken']])).toEqual([
      ['GET', undefined],
      ['POST', token],
      ['PATCH', token],
      ['PUT', token],
      ['DELETE', token],
    ])
    expect(csrf).toBeDefined()
  })

  it('throws the typed HTTP error with field errors on bad credentials', async () => {
    const error = await rejection(client().login({ username: 'ada', password: 'wrong' }))
    expect(isKeystoneHttpError(error)).toBe(true)
    expect(error).toMatchObject({ status: 400, fieldErrors: { non_field_errors: ['Invalid username or password.'] } })
    expect(String(error)).not.toContain('wrong')
  })

  it('refuses empty credentials before sending', async () => {
    const error = await rejection(client().login({ username: 'ada', password: '' }))
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(api.seen).toHaveLength(0)
  })

  it('logs out, forgets the session, and treats a second logout (401) as done', async () => {
    const keystone = client()
    await keystone.login({ username: 'ada', password: 'secret' })
    await keystone.logout()
    expect(await keystone.whoami()).toBeNull()
    expect(last().headers.cookie ?? '').not.toMatch(/sessionid=[\w-]{8}/)
    await expect(keystone.logout()).resolves.toBeUndefined()
  })

  it('is refused (403) on a write when the CSRF token is missing', async () => {
    const keystone = client()
    await keystone.login({ username: 'ada', password: 'secret' })
    const response = await keystone.httpPost('allocations/clusters', { json: {} })
    expect(response.status).toBe(201)
    const raw = await fetch(`${api.url}allocations/clusters/`, { method: 'POST', headers: { cookie: last().headers.cookie ?? '' } })
    expect(raw.status).toBe(403)
  })

  it('keeps separate cookie jars per client', async () => {
    const first = client()
    await first.login({ username: 'ada', password: 'secret' })
    const second = client()
    expect(await second.whoami()).toBeNull()
    expect(last().headers.cookie).toBeUndefined()
  })
})

describe('KeystoneClient token auth', () => {
  it('sends Authorization: Token and neither cookies nor CSRF', async () => {
    const keystone = client({ token: 'abc123' })
    expect(await keystone.whoami()).toMatchObject({ username: 'ada' })
    await keystone.createCluster({ name: 'gpu' })
    expect(api.seen.map((r) => [r.headers.authorization, r.headers['x-csrftoken'], r.headers.cookie])).toEqual([
      ['Token abc123', undefined, undefined],
      ['Token abc123', undefined, undefined],
    ])
  })

  it('refuses a token with spaces or newlines', () => {
    expect(() => client({ token: 'abc\r\nX-Evil: 1' })).toThrow(/token/)
  })
})

describe('KeystoneClient logging', () => {
  it('never logs passwords, tokens, session ids or CSRF values', async () => {
    const records: unknown[] = []
    const keep = (context: unknown, message: string) => records.push([context, message])
    const logger = { debug: keep, info: keep, warn: keep, error: keep }
    const keystone = new KeystoneClient({ url: api.url, cookies: 'jar', logger })
    await keystone.login({ username: 'ada', password: 'secret' }).catch(() => undefined)
    await keystone.login({ username: 'ada', password: 'wrong-password' }).catch(() => undefined)
    await keystone.createCluster({ name: 'gpu' })
    const cookies = api.seen.at(-1)?.headers.cookie ?? ''
    const secrets = [...cookies.matchAll(/=([\w-]+)/g)].map((match) => match[1]!)
    await keystone.logout()
    const tokenClient = new KeystoneClient({ url: api.url, token: 'abc123', logger })
    await tokenClient.whoami()
    expect(secrets.length).toBe(2)
    const text = JSON.stringify(records)
    expect(records.length).toBeGreaterThan(8)
    for (const secret of ['secret', 'wrong-password', 'abc123', ...secrets]) expect(text).not.toContain(secret)
  })
})
