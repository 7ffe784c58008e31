import { isKeystoneHttpError, isKeystoneRedirectError, isKeystoneValidationError, type KeystoneClient } from 'keystone-api-react/client'
import { afterAll, describe, expect, it } from 'vitest'
import { startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

// Node environment: the client keeps its own cookie jar, so `Cookie` headers are observable.
const keystone = startKeystone()
const { mock } = keystone
afterAll(() => reportTally(import.meta.filename))

async function alice(): Promise<KeystoneClient> {
  const client = keystone.client()
  await client.login({ username: 'alice', password: 'alice-password' })
  return client
}

const HOSTILE_ENDPOINTS = [
  'http://evil.test/steal/',
  'https://evil.test/',
  'HTTP://EVIL.TEST/x/',
  '//evil.test/steal/',
  '\\\\evil.test/steal/',
  '/\\evil.test/',
  '../users/users/',
  'allocations/../../users/',
  'allocations/clusters/..',
  './allocations/clusters/',
  'allocations/%2e%2e/%2E%2E/x/',
  'allocations%2fclusters/',
  'allocations%2Fclusters%2F..%2F..%2F',
  'allocations%5cclusters/',
  'allocations/clusters/?next=http://evil.test/',
  'allocations/clusters/#x',
  'javascript:alert(1)',
  'allocations/\nclusters/',
  'allocations/\u0000/',
]

const HOSTILE_PKS: unknown[] = ['1/../../users', '../1', '1?x=http://evil.test/', '1#', '%2e%2e', '//evil.test', 1.5, -1, 0, Number.NaN, 2 ** 60, '1']

describe('CSRF', () => {
  it('writes carry the CSRF token, reads never do', async () => {
    await scenario('CSRF: writes carry it, reads never', async () => {
      const client = await alice()
      const grant = await client.retrieveGrant({ pk: 1 })
      await client.listGrants()
      await client.updateGrant({ pk: 1, data: { title: `${grant?.title ?? ''} (edited)` } })
      const created = await client.createComment({ content: 'hello', request: 1 } as never).catch((error: unknown) => error)
      expect(isKeystoneHttpError(created) && created.status === 403).toBe(false)
      await client.deleteGrant({ pk: 2 })
      await client.logout()
      const api = keystone.sent.filter((request) => request.url.startsWith(mock.baseUrl) && !request.url.includes('/login/'))
      const reads = api.filter((request) => request.method === 'GET')
      const writes = api.filter((request) => request.method !== 'GET')
      expect(reads.length).toBeGreaterThan(0)
      expect(writes.length).toBeGreaterThanOrEqual(3)
      expect(reads.filter((request) => 'x-csrftoken' in request.headers)).toEqual([])
      expect(writes.every((request) => /^c\w+$/.test(request.headers['x-csrftoken'] ?? ''))).toBe(true)
      expect(mock.requests.filter((request) => request.status === 403)).toEqual([])
    })
  })
})

describe('credentials never leave the API origin', () => {
  it.each(HOSTILE_ENDPOINTS)('refuses endpoint %j before sending', async (endpoint) => {
    await scenario('cross-origin: hostile endpoints', async () => {
      const client = await alice()
      const before = keystone.sent.length
      for (const send of [() => client.httpGet(endpoint), () => client.httpPost(endpoint, { json: {} }), () => client.httpDelete(endpoint)]) {
        const error = await send().catch((caught: unknown) => caught)
        expect(isKeystoneValidationError(error)).toBe(true)
      }
      expect(keystone.sent.length).toBe(before)
      return { crossOrigin: keystone.crossOriginCredentials().length }
    })
  })

  it.each(HOSTILE_PKS.map((pk) => [pk]))('refuses pk %j before sending', async (pk) => {
    await scenario('cross-origin: hostile pks', async () => {
      const client = await alice()
      const before = keystone.sent.length
      const calls = [
        () => client.retrieveGrant({ pk: pk as number }),
        () => client.updateGrant({ pk: pk as number, data: { title: 'x' } }),
        () => client.deleteGrant({ pk: pk as number }),
        () => client.retrieve('grants', pk as number),
      ]
      for (const call of calls) expect(isKeystoneValidationError(await call().catch((caught: unknown) => caught))).toBe(true)
      expect(keystone.sent.length).toBe(before)
      return { crossOrigin: keystone.crossOriginCredentials().length }
    })
  })

  it.each([301, 302, 303, 307, 308])('does not follow a %i redirect to another origin with the session', async (status) => {
    await scenario('cross-origin: redirects', async () => {
      const client = await alice()
      for (const method of ['GET', 'POST'] as const) {
        mock.fail({ path: 'research/grants/', method }, { status, body: {}, headers: { Location: 'http://evil.test/steal/' } })
      }
      const read = await client.listGrants().catch((error: unknown) => error)
      const write = await client.createGrant({ title: 't', agency: 'a', amount: '1.00', start_date: '2026-01-01', team: 1 }).catch((error: unknown) => error)
      const leaks = keystone.crossOriginCredentials().length
      expect(keystone.stray.map((request) => request.url)).toEqual([])
      expect(isKeystoneRedirectError(read) && read.status === status).toBe(true)
      expect(isKeystoneRedirectError(write) && write.status === status).toBe(true)
      return { crossOrigin: leaks }
    })
  })

  it('never sends credentials outside the API origin during a whole session', async () => {
    await scenario('cross-origin: full session', async () => {
      const client = await alice()
      await client.listGrants({ filters: { title__contains: 'http://evil.test/' }, search: '//evil.test' })
      await client.retrieveAll('grants')
      await client.updateGrant({ pk: 1, data: { title: 'http://evil.test/x' } })
      await client.logout()
      expect(keystone.stray).toEqual([])
      return { crossOrigin: keystone.crossOriginCredentials().length }
    })
  })
})
