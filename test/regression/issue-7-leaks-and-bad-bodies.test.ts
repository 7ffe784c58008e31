import { inspect } from 'node:util'
import { isKeystoneNetworkError, isKeystoneRedirectError, isKeystoneValidationError, KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone } from 'keystone-api-react/testing'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const mock = createMockKeystone()
const stolen: Request[] = []
const server = setupServer(
  ...mock.handlers,
  http.all('http://evil.test/*', ({ request }) => {
    stolen.push(request)
    return HttpResponse.json({})
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  mock.reset()
  stolen.length = 0
})
afterAll(() => server.close())

async function alice(): Promise<KeystoneClient> {
  const client = new KeystoneClient({ url: mock.baseUrl, cookies: 'jar', adapter: 'http' })
  await client.login({ username: 'alice', password: 'alice-password' })
  return client
}

describe('issue 7: reliability and leak fixes', () => {
  it('does not follow a 307 to another origin with the write, its body and X-CSRFToken', async () => {
    const client = await alice()
    mock.fail({ path: 'research/grants/', method: 'POST' }, { status: 307, headers: { Location: 'http://evil.test/steal/' } })
    const error = await client.createGrant({ title: 't', agency: 'a', amount: '1.00', start_date: '2026-01-01', team: 1 }).catch((caught: unknown) => caught)
    // Refused as a redirect whatever the adapter (a browser's fetch cannot even see the status).
    expect(isKeystoneRedirectError(error) && error.status).toBe(307)
    expect(stolen).toEqual([])
  })

  it('keeps no request config (cookie, CSRF token, password) in the cause of a network error', async () => {
    const client = await alice()
    mock.fail({ path: 'authentication/login/' }, { network: true })
    const error = await client.login({ username: 'alice', password: 'alice-password' }).catch((caught: unknown) => caught)
    expect(isKeystoneNetworkError(error)).toBe(true)
    const printed = `${inspect(error, { depth: 8 })} ${JSON.stringify((error as Error).cause)}`
    expect(printed).not.toContain('alice-password')
    expect(printed).not.toMatch(/sessionid=|csrftoken=|x-csrftoken/i)
  })

  it('refuses a base URL with credentials without echoing the password', () => {
    expect(() => new KeystoneClient({ url: 'https://alice:s3cret@keystone.test/api/' })).toThrow(/\*\*\*@keystone\.test/)
    expect(() => new KeystoneClient({ url: 'https://alice:s3cret@keystone.test/api/' })).not.toThrow(/s3cret/)
  })

  it.each([
    ['circular', (() => {
      const body: Record<string, unknown> = { name: 'loop' }
      body.self = body
      return body
    })()],
    ['BigInt', { name: 'big', access_teams: [1n] }],
    ['function', { name: 'fn', description: () => 'x' }],
    ['symbol', { name: 'sym', description: Symbol('x') }],
    ['NaN', { name: 'nan', access_teams: [Number.NaN] }],
  ])('refuses a %s body with a validation error before sending', async (_name, body) => {
    const client = await alice()
    const sent = mock.requests.length
    const error = await client.createCluster(body as never).catch((caught: unknown) => caught)
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(mock.requests.length).toBe(sent)
  })
})
