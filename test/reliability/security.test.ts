import { inspect } from 'node:util'
import axios from 'axios'
import {
  isKeystoneRedirectError,
  isKeystoneResponseError,
  isKeystoneTimeoutError,
  KeystoneClient,
  type KeystoneClientOptions,
  type KeystoneLogger,
  type LogContext,
} from 'keystone-api-react/client'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { json, type LocalServer, serve } from './support/servers.ts'
import { reportTally, scenario } from './support/tally.ts'

// Node environment, real axios over real sockets on 127.0.0.1: an "API" server and an "other
// origin" that records whatever reaches it. Run on the lowest and the newest axios the package
// accepts (the `reliability` and `reliability-axios-lowest` projects).
afterAll(() => reportTally(import.meta.filename))

const started: LocalServer[] = []
const clients: KeystoneClient[] = []
afterEach(async () => {
  vi.useRealTimers()
  for (const client of clients.splice(0)) client.close()
  await Promise.all(started.splice(0).map((server) => server.close()))
})

async function start(handler: Parameters<typeof serve>[0]): Promise<LocalServer> {
  const server = await serve(handler)
  started.push(server)
  return server
}

function client(api: LocalServer, options: Partial<KeystoneClientOptions> = {}): KeystoneClient {
  const made = new KeystoneClient({ url: `${api.origin}/api/`, cookies: 'jar', ...options })
  clients.push(made)
  return made
}

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (error: unknown) => error,
  )
}

/** Everything an app could print of an error: message, string, JSON and inspect (causes included). */
function errorTexts(error: unknown): string[] {
  const texts = [inspect(error, { depth: 6 })]
  for (let current: unknown = error; current instanceof Error; current = current.cause) texts.push(current.message, String(current), JSON.stringify(current))
  return texts
}

const GRANT = { id: 1, title: 'Grant', agency: 'a', amount: '1.00', start_date: '2026-01-01', team: 1 }
const ALICE = { id: 1, username: 'alice' }

describe('redirects are never followed, whatever the adapter', () => {
  const cases = (['http', 'fetch'] as const).flatMap((adapter) => [301, 302, 303, 307, 308].map((status) => [adapter, status] as const))

  it.each(cases)('%s adapter: a %i to another origin reaches nothing there and is refused', async (adapter, status) => {
    await scenario(`security: redirect refused (${adapter})`, async () => {
      const other = await start((_request, response) => json(response, 200, ALICE, { 'Set-Cookie': 'sessionid=from-elsewhere; Path=/' }))
      const api = await start((request, response) => {
        if (request.url === '/api/authentication/whoami/') return json(response, 200, ALICE)
        response.writeHead(status, { Location: `${other.origin}/steal/`, 'Set-Cookie': 'sessionid=redirected; Path=/' })
        response.end()
      })
      const keystone = client(api, { adapter })
      const login = await failure(() => keystone.login({ username: 'alice', password: 'alice-password' }))
      const update = await failure(() => keystone.updateGrant({ pk: 1, data: { title: 'Renamed' } }))
      const list = await failure(() => keystone.listGrants())
      await keystone.whoami()
      expect([login, update, list].map((error) => isKeystoneRedirectError(error) && error.status)).toEqual([status, status, status])
      expect(other.received).toEqual([])
      // Neither the redirect's nor the other origin's cookie was kept.
      expect(api.received.at(-1)?.headers.cookie).toBeUndefined()
      return { crossOrigin: other.received.length }
    })
  })
})

describe('retrieveAll is bounded by what the pages show', () => {
  /** A list endpoint answering `page(offset)`; counts the requests. */
  async function listing(page: (offset: number) => unknown): Promise<LocalServer> {
    return start((request, response) => json(response, 200, page(Number(new URL(request.url, 'http://x').searchParams.get('_offset') ?? 0))))
  }
  const records = (offset: number, length: number) => Array.from({ length }, (_, index) => ({ ...GRANT, id: offset + index + 1 }))

  it.each([
    ['count 1e13, next null, one record', () => ({ count: 1e13, next: null, results: records(0, 1) })],
    ['count 1e8, next set, full pages', (offset: number) => ({ count: 1e8, next: 'http://127.0.0.1/next/', results: records(offset, 1000) })],
    ['count 5000, next null, one record', () => ({ count: 5000, next: null, results: records(0, 1) })],
    ['count not a number', () => ({ count: '1e9', next: null, results: [] })],
    ['results not a list', () => ({ count: 1, next: null, results: 'x' })],
    ['a page of 5000 records', () => ({ count: 5000, next: null, results: records(0, 5000) })],
  ])('%s: one request, then a typed error', async (_name, page) => {
    await scenario('security: retrieveAll on a hostile count', async () => {
      const api = await listing(page)
      const error = await failure(() => client(api).retrieveGrant())
      expect(isKeystoneResponseError(error)).toBe(true)
      expect(api.received).toHaveLength(1)
    })
  })

  it('stops at a page that ends the list before its count', async () => {
    await scenario('security: retrieveAll on a hostile count', async () => {
      // 20,000 records announced; the second page is short and says there is no more.
      const api = await listing((offset) =>
        offset === 0 ? { count: 20_000, next: 'http://127.0.0.1/next/', results: records(0, 1000) } : { count: 20_000, next: null, results: records(offset, 3) },
      )
      const error = await failure(() => client(api, { concurrency: 1 }).retrieveGrant())
      expect(isKeystoneResponseError(error)).toBe(true)
      expect(api.received).toHaveLength(2)
    })
  })

  it('still fetches a consistent list of 2,500 records in three requests', async () => {
    await scenario('security: retrieveAll on a hostile count', async () => {
      const api = await listing((offset) => ({
        count: 2500,
        next: offset + 1000 < 2500 ? 'http://127.0.0.1/next/' : null,
        results: records(offset, Math.min(1000, 2500 - offset)),
      }))
      expect(await client(api).retrieveGrant()).toHaveLength(2500)
      expect(api.received).toHaveLength(3)
    })
  })
})

describe("the app's global axios.defaults do not reach the client", () => {
  it('no global baseURL, header, param, credentials or transform is used', async () => {
    await scenario('security: global axios.defaults', async () => {
      const other = await start((_request, response) => json(response, 200, ALICE))
      const api = await start((request, response) => {
        if (request.url.startsWith('/api/authentication/login/')) return json(response, 200, ALICE, { 'Set-Cookie': ['csrftoken=c1; Path=/', 'sessionid=s1; Path=/'] })
        return json(response, 200, GRANT)
      })
      const saved = { ...axios.defaults, headers: axios.defaults.headers }
      const savedCommon = { ...axios.defaults.headers.common }
      const savedTransform = axios.defaults.transformRequest
      try {
        Object.assign(axios.defaults, {
          baseURL: `${other.origin}/`,
          allowAbsoluteUrls: false,
          params: { leaked: 'global-param' },
          auth: { username: 'global', password: 'global-password' },
          xsrfCookieName: 'csrftoken',
          xsrfHeaderName: 'X-Global-Xsrf',
          withXSRFToken: true,
          maxRedirects: 5,
          transformRequest: [
            (data: unknown, headers: Record<string, string>) => {
              headers['X-Global-Transform'] = 'yes'
              return data
            },
          ],
        })
        axios.defaults.headers.common.Authorization = 'Bearer global-token'
        axios.defaults.headers.common['X-Global'] = 'yes'
        const session = client(api)
        await session.login({ username: 'alice', password: 'alice-password' })
        await session.updateGrant({ pk: 1, data: { title: 'Renamed' } })
        await client(api, { token: 'alice-token' }).listGrants()
      } finally {
        Object.assign(axios.defaults, saved, { transformRequest: savedTransform })
        for (const key of Object.keys(axios.defaults)) if (!(key in saved)) Reflect.deleteProperty(axios.defaults, key)
        axios.defaults.headers.common = savedCommon as typeof axios.defaults.headers.common
      }
      expect(other.received).toEqual([])
      expect(api.received).toHaveLength(3)
      for (const request of api.received) {
        expect(request.url).not.toContain('leaked')
        expect(Object.keys(request.headers).filter((name) => name.startsWith('x-global'))).toEqual([])
        expect(request.headers.authorization ?? '').not.toMatch(/Bearer|Basic/)
      }
      expect(api.received.map((request) => request.headers.authorization)).toEqual([undefined, undefined, 'Token alice-token'])
      expect(JSON.parse(api.received[0]!.body)).toEqual({ username: 'alice', password: 'alice-password' })
      return { crossOrigin: other.received.length }
    })
  })
})

describe('the Node cookie jar follows RFC 6265', () => {
  /** An API whose login sets `cookies`; every other path answers `{}`. */
  async function setting(cookies: string[]): Promise<LocalServer> {
    return start((request, response) => {
      if (request.url.startsWith('/api/authentication/login/')) return json(response, 200, ALICE, { 'Set-Cookie': cookies })
      json(response, 200, GRANT)
    })
  }
  /** The cookie names the API received on its last request. */
  const sentNames = (api: LocalServer): string[] =>
    String(api.received.at(-1)?.headers.cookie ?? '')
      .split('; ')
      .filter(Boolean)
      .map((pair) => pair.split('=')[0]!)
      .sort()

  async function loggedIn(cookies: string[]): Promise<{ api: LocalServer; keystone: KeystoneClient }> {
    const api = await setting(cookies)
    const keystone = client(api)
    await keystone.login({ username: 'alice', password: 'alice-password' })
    return { api, keystone }
  }

  it('checks expiry when sending, not only on arrival', async () => {
    await scenario('security: cookie jar (RFC 6265)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] })
      const { api, keystone } = await loggedIn(['short=1; Max-Age=60; Path=/', `dated=1; Expires=${new Date(Date.now() + 60_000).toUTCString()}; Path=/`, 'session=1; Path=/'])
      await keystone.listGrants()
      expect(sentNames(api)).toEqual(['dated', 'session', 'short'])
      vi.setSystemTime(Date.now() + 120_000)
      await keystone.listGrants()
      expect(sentNames(api)).toEqual(['session'])
    })
  })

  it('honours Path, refuses Secure over http and oversized cookies', async () => {
    await scenario('security: cookie jar (RFC 6265)', async () => {
      const { api, keystone } = await loggedIn([
        'root=1; Path=/',
        'grants=1; Path=/api/research/grants',
        'elsewhere=1; Path=/api/users/',
        'secure=1; Secure; Path=/',
        `big=${'x'.repeat(5000)}; Path=/`,
        'foreign=1; Domain=other.test; Path=/',
      ])
      await keystone.listGrants()
      expect(sentNames(api)).toEqual(['grants', 'root'])
      await keystone.whoami()
      expect(sentNames(api)).toEqual(['root'])
    })
  })

  it('lets Max-Age win over Expires and ignores an empty Max-Age', async () => {
    await scenario('security: cookie jar (RFC 6265)', async () => {
      const past = new Date(Date.now() - 60_000).toUTCString()
      const future = new Date(Date.now() + 60_000).toUTCString()
      const { api, keystone } = await loggedIn([`kept=1; Expires=${past}; Max-Age=600; Path=/`, `dropped=1; Max-Age=0; Expires=${future}; Path=/`, 'empty=1; Max-Age=; Path=/'])
      await keystone.listGrants()
      expect(sentNames(api)).toEqual(['empty', 'kept'])
    })
  })

  it('a malformed percent-encoded csrftoken does not break writes', async () => {
    await scenario('security: cookie jar (RFC 6265)', async () => {
      const { api, keystone } = await loggedIn(['csrftoken=%E0%A4%A; Path=/'])
      await expect(keystone.updateGrant({ pk: 1, data: { title: 'Renamed' } })).resolves.toMatchObject({ id: 1 })
      expect(api.received.at(-1)?.headers['x-csrftoken']).toBe('%E0%A4%A')
    })
  })
})

describe('URLs are quoted without userinfo or query', () => {
  const SECRETS = ['S3cretPw', 'k3y-s3cret']
  it.each([
    'https://alice:S3cretPw@host:99999/api/',
    'https://alice:S3cretPw@ho st/api/',
    'alice:S3cretPw@host/api/',
    'ftp://alice:S3cretPw@host/api/',
    'https://h:99999/?key=k3y-s3cret',
    'https://alice:S3cretPw@/api/',
  ])('base URL %j', async (url) => {
    await scenario('security: secrets in quoted URLs', async () => {
      const error = await failure(async () => new KeystoneClient({ url }))
      expect(error).toBeInstanceOf(Error)
      const found = errorTexts(error).filter((text) => SECRETS.some((secret) => text.includes(secret)))
      expect(found).toEqual([])
      return { secrets: found.length }
    })
  })

  it('an endpoint with a query, and every error and log of a session', async () => {
    await scenario('security: secrets in quoted URLs', async () => {
      const api = await start((_request, response) => json(response, 500, { detail: 'boom' }))
      const records: string[] = []
      const keep = (context: LogContext, message: string): void => void records.push(`${message} ${JSON.stringify(context)}`)
      const logger: KeystoneLogger = { debug: keep, info: keep, warn: keep, error: keep }
      const keystone = client(api, { logger })
      const errors = [
        await failure(() => keystone.httpGet('research/grants/?api_key=k3y-s3cret')),
        await failure(() => keystone.httpGet('research/grants/#k3y-s3cret')),
        await failure(() => keystone.listGrants({ search: 'k3y-s3cret' })),
      ]
      expect(errors.every((error) => error instanceof Error)).toBe(true)
      const found = [...records, ...errors.flatMap(errorTexts)].filter((text) => SECRETS.some((secret) => text.includes(secret)))
      expect(found).toEqual([])
      return { secrets: found.length }
    })
  })
})

describe('timeout is a deadline for the whole exchange', () => {
  it.each(['http', 'fetch'] as const)('%s adapter: an answer dripping a byte every 400 ms is aborted', async (adapter) => {
    await scenario(`security: timeout is a deadline (${adapter})`, async () => {
      let closedEarly = false
      const api = await start((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' })
        response.write('[')
        let sent = 0
        const drip = setInterval(() => {
          // A client that keeps listening gets 30 bytes over 12 s, then the end.
          if (++sent >= 30) {
            clearInterval(drip)
            response.end('1]')
          } else response.write(' ')
        }, 400)
        response.on('close', () => {
          closedEarly = sent < 30
          clearInterval(drip)
        })
      })
      const error = await failure(() => client(api, { adapter, timeout: 1000 }).httpGet('research/grants/'))
      expect(isKeystoneTimeoutError(error)).toBe(true)
      await vi.waitFor(() => expect(closedEarly).toBe(true))
    })
  })
})
