import { http, HttpResponse } from 'msw'
import { isKeystoneValidationError, KeystoneClient, type KeystoneValidationError } from 'keystone-api-react/client'
import { afterEach, describe, expect, it } from 'vitest'
import { API, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()
const page = { count: 0, next: null, previous: null, results: [] }

async function refusal(promise: Promise<unknown>): Promise<KeystoneValidationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isKeystoneValidationError(error)) throw new Error(`expected a KeystoneValidationError, got ${String(error)}`)
  return error
}

/** A client as plain JavaScript sees it: no types to stop a misspelt filter. */
function untyped(): Record<string, (...args: unknown[]) => Promise<unknown>> {
  server.use(http.get(`${API}*`, () => HttpResponse.json(page)))
  return new KeystoneClient({ url: API, adapter: 'http' }) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
}

describe('filter names in development builds', () => {
  const nodeEnv = process.env.NODE_ENV
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv
  })

  it('refuses a filter the list does not declare, naming the ones it does, and sends nothing', async () => {
    const error = await refusal(untyped().listClusters!({ filters: { nme: 'x' } }))
    expect(error.issues).toEqual([
      {
        argument: 'filters.nme',
        code: 'undeclaredFilter',
        message: 'is not a filter of the clusters list ("nme" is not a filtered field); it takes: access_mode, description, enabled, id, name',
      },
    ])
    expect(error.message).toContain('filters.nme')
    expect(received).toHaveLength(0)
  })

  it('refuses an operator the field does not take, naming those it does', async () => {
    const error = await refusal(untyped().listClusters!({ filters: { enabled__startswith: 'x', name__gte: 'a' } }))
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'is not a filter of the clusters list; enabled takes: enabled, enabled__not_eq, enabled__in, enabled__not_in, enabled__isnull',
      expect.stringContaining('name takes: name, name__not_eq, name__in, name__not_in, name__isnull, name__contains'),
    ])
    expect(received).toHaveLength(0)
  })

  it('checks every matching record (retrieveGrant with filters), and the filters of a stats endpoint', async () => {
    const client = untyped()
    await refusal(client.retrieveGrant!({ filters: { titel__contains: 'x' } }))
    const error = await refusal(client.getGrantStats!({ nme: 'x' }))
    expect(error.issues[0]?.message).toMatch(/^is not a filter of Grant stats .*; it takes: agency, amount/)
    expect(received).toHaveLength(0)
  })

  it('sends every declared filter and operator', async () => {
    const client = untyped()
    await client.listClusters!({ filters: { name__startswith: 'a', enabled: true, id__in: [1, 2], access_mode__not_eq: 'OP' } })
    await client.listRequests!({ filters: { submitted__year: 2024, active__isnull: false, team: 1 } })
    expect(received.map((request) => request.url.search)).toEqual([
      '?name__startswith=a&enabled=true&id__in=1%2C2&access_mode__not_eq=OP',
      '?submitted__year=2024&active__isnull=false&team=1',
    ])
  })

  it('leaves the check out of production builds (the server then ignores the name)', async () => {
    process.env.NODE_ENV = 'production'
    await untyped().listClusters!({ filters: { nme: 'x' } })
    expect(received.map((request) => request.url.search)).toEqual(['?nme=x'])
  })
})
