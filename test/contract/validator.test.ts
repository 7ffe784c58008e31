import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { checkAuth, checkRequest, checkResponse } from './support/checks.ts'
import { recordExchanges } from './support/recorder.ts'
import type { ReceivedResponse, SentRequest } from './support/recorder.ts'
import { loadContract, matchOperation, readSpec } from './support/spec.ts'

const contract = await loadContract(await readSpec())
const mock = createMockKeystone()
const server = setupServer(...mock.handlers)
const recorder = recordExchanges(server, mock.baseUrl)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => {
  recorder.dispose()
  server.close()
})

const CID = '0b6f1d0e-3c1a-4f5e-9a59-0c8b0c0a1d2e'

/** A request as the recorder would capture it. */
function sent(method: string, path: string, overrides: Partial<SentRequest> = {}): SentRequest {
  return { method, path, search: '', headers: { 'x-keystone-cid': CID, authorization: 'Token abc' }, body: { kind: 'none' }, ...overrides }
}

const json = (status: number, body: unknown): ReceivedResponse => ({ status, mediaType: 'application/json', text: JSON.stringify(body) })
const operation = (method: string, path: string) => matchOperation(contract, method, path)!

describe('checkRequest', () => {
  it('flags a misspelled filter sent through the client', async () => {
    const client = new KeystoneClient({ url: mock.baseUrl, token: STAFF_USER.token })
    // The types refuse the typo, and a development build refuses it at run time; a production
    // build of a JavaScript caller (or a cast) can still send it.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    await client.listClusters({ filters: { enabeld: true } as never }).finally(() => {
      process.env.NODE_ENV = nodeEnv
    })
    const [exchange] = await recorder.drain()
    expect(exchange!.request.search).toBe('enabeld=true')
    const { problems } = checkRequest(contract, exchange!.request)
    expect(problems).toEqual([expect.stringContaining('must NOT have additional properties {"additionalProperty":"enabeld"}')])
  })

  it('accepts an __in filter sent as one comma-separated value', async () => {
    const client = new KeystoneClient({ url: mock.baseUrl, token: STAFF_USER.token })
    await client.listClusters({ filters: { id__in: [1, 2], enabled: true }, order: '-name', search: 'a', limit: 5, offset: 0 })
    const [exchange] = await recorder.drain()
    expect(exchange!.request.search).toBe('id__in=1%2C2&enabled=true&_search=a&_order=-name&_limit=5&_offset=0')
    expect(checkRequest(contract, exchange!.request).problems).toEqual([])
  })

  it('flags an __in list sent as repeated keys, or with a value of the wrong type', () => {
    expect(checkRequest(contract, sent('GET', '/allocations/clusters/', { search: 'id__in=1&id__in=2' })).problems).toEqual([expect.stringContaining('repeats query key id__in')])
    expect(checkRequest(contract, sent('GET', '/allocations/clusters/', { search: 'id__in=1,x' })).problems).toEqual([expect.stringContaining('must be integer')])
  })

  it('flags a path without its trailing slash and a method the path does not allow', () => {
    expect(checkRequest(contract, sent('GET', '/allocations/clusters')).problems).toEqual(['no operation of the spec is GET /allocations/clusters'])
    expect(checkRequest(contract, sent('DELETE', '/logs/audit/1/')).problems).toEqual(['no operation of the spec is DELETE /logs/audit/1/'])
  })

  it('flags a JSON body that breaks the request schema', () => {
    const body = { kind: 'json', value: { description: 'no name' } } as const
    expect(checkRequest(contract, sent('POST', '/allocations/clusters/', { body })).problems).toEqual([expect.stringContaining("must have required property 'name'")])
  })

  it('reads a multipart body by its schema: integers, files and the JSON batch job', () => {
    const file = new File(['x'], 'a.pdf')
    const upload = sent('POST', '/allocations/attachments/', { body: { kind: 'multipart', fields: [['request', '1'], ['file', file]] } })
    expect(checkRequest(contract, upload).problems).toEqual([])
    const badUpload = sent('POST', '/allocations/attachments/', { body: { kind: 'multipart', fields: [['request', 'one'], ['file', file]] } })
    expect(checkRequest(contract, badUpload).problems).toEqual([expect.stringContaining('/requestBody/request must be integer')])
    const job = JSON.stringify({ dry_run: true, actions: [{ method: 'GET', path: '/config/' }] })
    expect(checkRequest(contract, sent('POST', '/batch/', { body: { kind: 'multipart', fields: [['job', job]] } })).problems).toEqual([])
  })

  it('flags a body media type the operation does not accept', () => {
    const body = { kind: 'other', mediaType: 'text/plain', text: 'hi' } as const
    expect(checkRequest(contract, sent('POST', '/batch/', { body })).problems).toContainEqual(expect.stringContaining('sends a text/plain body'))
  })
})

describe('checkAuth', () => {
  const cookie = 'sessionid=s1; csrftoken=t1'
  const cookieHeaders = (extra: Record<string, string> = {}) => ({ 'x-keystone-cid': CID, cookie, ...extra })

  it('accepts a cookie-session write with X-CSRFToken equal to the csrftoken cookie, and a read without it', () => {
    expect(checkAuth(operation('PATCH', '/allocations/clusters/1/'), sent('PATCH', '/allocations/clusters/1/', { headers: cookieHeaders({ 'x-csrftoken': 't1' }) }))).toEqual([])
    expect(checkAuth(operation('GET', '/allocations/clusters/1/'), sent('GET', '/allocations/clusters/1/', { headers: cookieHeaders() }))).toEqual([])
  })

  it('flags a cookie-session write without the matching X-CSRFToken', () => {
    const patch = operation('PATCH', '/allocations/clusters/1/')
    expect(checkAuth(patch, sent('PATCH', '/allocations/clusters/1/', { headers: cookieHeaders() }))).toEqual([expect.stringContaining('sends X-CSRFToken (none)')])
    expect(checkAuth(patch, sent('PATCH', '/allocations/clusters/1/', { headers: cookieHeaders({ 'x-csrftoken': 'other' }) }))).toHaveLength(1)
  })

  it('flags a read that sends X-CSRFToken, token mode with cookies or CSRF, and a missing credential', () => {
    const get = operation('GET', '/config/')
    expect(checkAuth(get, sent('GET', '/config/', { headers: cookieHeaders({ 'x-csrftoken': 't1' }) }))).toEqual(['a read sends X-CSRFToken'])
    expect(checkAuth(get, sent('GET', '/config/', { headers: { 'x-keystone-cid': CID, authorization: 'Token k', cookie, 'x-csrftoken': 't1' } }))).toEqual(['token mode sends cookies', 'token mode sends X-CSRFToken'])
    expect(checkAuth(get, sent('GET', '/config/', { headers: { 'x-keystone-cid': 'nope' } }))).toEqual(['X-KEYSTONE-CID is not a UUID: nope', 'a secured operation is sent without a token or session cookie'])
  })
})

describe('checkResponse', () => {
  const cluster = mock.records('clusters')[0]!

  it('accepts a record that matches the schema and flags one that does not', () => {
    const get = operation('GET', '/allocations/clusters/1/')
    expect(checkResponse(contract, get, json(200, cluster))).toEqual([])
    const { name: _name, ...nameless } = cluster
    expect(checkResponse(contract, get, json(200, nameless))).toEqual([expect.stringContaining("must have required property 'name'")])
    expect(checkResponse(contract, get, json(200, { ...cluster, enabled: 'yes' }))).toEqual([expect.stringContaining('/enabled must be boolean')])
  })

  it('flags a field the schema does not declare, also in nested summaries', () => {
    const get = operation('GET', '/allocations/clusters/1/')
    expect(checkResponse(contract, get, json(200, { ...cluster, colour: 'blue' }))).toEqual(['response /colour is not declared by the spec'])
    const page = mock.records('requests').slice(0, 1)
    const withExtra = [{ ...page[0]!, _team: { ...(page[0]!._team as object), secret: 1 } }]
    const list = json(200, { count: 1, next: null, previous: null, results: withExtra })
    expect(checkResponse(contract, operation('GET', '/allocations/requests/'), list)).toEqual(['response /results/0/_team/secret is not declared by the spec'])
  })

  it('flags an undeclared status, a body where none is declared and a wrong media type', () => {
    expect(checkResponse(contract, operation('GET', '/config/'), json(404, { detail: 'x' }))).toEqual(['answers 404; the spec declares 200'])
    expect(checkResponse(contract, operation('DELETE', '/allocations/clusters/1/'), json(204, {}))).toEqual(['answers a application/json body; the spec declares none for 204'])
    expect(checkResponse(contract, operation('GET', '/config/'), { status: 200, mediaType: 'text/html', text: '<p>' })).toEqual(['answers text/html; the spec declares application/json'])
  })

  it('accepts Prometheus text from health/prom/ only through the listed allowance', () => {
    const text: ReceivedResponse = { status: 200, mediaType: 'text/plain', text: 'metric 1\n' }
    expect(checkResponse(contract, operation('GET', '/health/prom/'), text)).toEqual([])
    expect(checkResponse(contract, operation('GET', '/health/json/'), text)).toEqual(['answers text/plain; the spec declares application/json'])
  })

  it('validates the nodes the normalisation rewrote: nullable references and any-value fields', () => {
    const log = mock.records('auditLogs')[0]!
    const get = operation('GET', '/logs/audit/1/')
    expect(checkResponse(contract, get, json(200, { ...log, _actor: null, changes: null }))).toEqual([])
    expect(checkResponse(contract, get, json(200, { ...log, _actor: 'admin' }))).not.toEqual([])
  })
})
