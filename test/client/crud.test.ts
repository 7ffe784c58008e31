import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { isKeystoneHttpError, isKeystoneValidationError, KeystoneClient } from 'keystone-api-react/client'
import { API, makeClient, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()
const CLUSTERS = `${API}allocations/clusters/`
const cluster = (id: number) => ({ id, name: `c${id}`, description: null, enabled: true, access_mode: 'OP', access_teams: [], _access_teams: [], _history: [] })
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)

/** A list endpoint over `total` clusters honouring _limit/_offset, like DRF's LimitOffsetPagination. */
function paginated(total: number) {
  return http.get(CLUSTERS, ({ request }) => {
    const url = new URL(request.url)
    const limit = Number(url.searchParams.get('_limit') ?? 100)
    const offset = Number(url.searchParams.get('_offset') ?? 0)
    const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i + 1)
    const next = offset + limit < total ? `${CLUSTERS}?_limit=${limit}&_offset=${offset + limit}` : null
    return HttpResponse.json({ count: total, next, previous: null, results: ids.map(cluster) })
  })
}

describe('retrieveCluster', () => {
  it('returns one record by pk, or null on 404', async () => {
    server.use(
      http.get(`${CLUSTERS}:id/`, ({ params }) =>
        params.id === '1' ? HttpResponse.json(cluster(1)) : HttpResponse.json({ detail: 'No Cluster matches the given query.' }, { status: 404 }),
      ),
    )
    const client = makeClient()
    expect(await client.retrieveCluster({ pk: 1 })).toMatchObject({ id: 1, name: 'c1' })
    expect(await client.retrieveCluster({ pk: 2 })).toBeNull()
  })

  it('returns every matching record, first page then the rest concurrently at 1000 per page', async () => {
    server.use(paginated(3500))
    const records = await makeClient().retrieveCluster({ filters: { enabled: true }, search: 'c', order: 'name' })
    expect(records).toHaveLength(3500)
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 3500 }, (_, i) => i + 1))
    expect(received.map((r) => r.url.searchParams.get('_offset'))).toEqual(['0', '1000', '2000', '3000'])
    for (const request of received) {
      expect(Object.fromEntries(request.url.searchParams)).toMatchObject({ _limit: '1000', enabled: 'true', _search: 'c', _order: 'name' })
    }
  })

  it('never has more page requests in flight than its concurrency bound', async () => {
    let inFlight = 0
    let peak = 0
    server.use(
      http.get(CLUSTERS, async ({ request }) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 10))
        inFlight--
        const offset = Number(new URL(request.url).searchParams.get('_offset'))
        const next = offset + 1000 < 12_000 ? `${CLUSTERS}?_offset=${offset + 1000}` : null
        return HttpResponse.json({ count: 12_000, next, previous: null, results: Array.from({ length: 1000 }, (_, index) => cluster(offset + index + 1)) })
      }),
    )
    expect(await makeClient({ concurrency: 3 }).retrieveCluster()).toHaveLength(12_000)
    expect(received).toHaveLength(12)
    expect(peak).toBe(3)
  })

  it('makes one request when everything fits on the first page', async () => {
    server.use(paginated(3))
    expect(await makeClient().retrieveCluster()).toHaveLength(3)
    expect(received).toHaveLength(1)
  })

  it.each([0, -1, 1.5, Number.NaN, '1/../../users', '1', null, 2 ** 60])('refuses pk %j before sending', async (pk) => {
    const error = await rejection(makeClient().retrieveCluster({ pk: pk as number }))
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(error).toMatchObject({ issues: [{ argument: 'pk' }] })
    expect(received).toHaveLength(0)
  })
})

describe('listClusters', () => {
  it('returns one page with the query parameters the spec names', async () => {
    server.use(paginated(250))
    const page = await makeClient().listClusters({ filters: { id__in: [1, 2], name__startswith: 'c' }, limit: 10, offset: 20, order: ['-id'] })
    expect(page.count).toBe(250)
    expect(page.results).toHaveLength(10)
    expect(page.results[0]?.id).toBe(21)
    expect(received[0]?.url.search).toBe('?id__in=1%2C2&name__startswith=c&_order=-id&_limit=10&_offset=20')
  })

  it('refuses a limit outside 1..1000 before sending', async () => {
    const error = await rejection(makeClient().listClusters({ limit: 5000 }))
    expect(isKeystoneValidationError(error)).toBe(true)
    expect(received).toHaveLength(0)
  })
})

describe('create, update, replace and delete', () => {
  it('creates (POST), updates (PATCH), replaces (PUT) and deletes (DELETE)', async () => {
    server.use(
      http.post(CLUSTERS, async ({ request }) => HttpResponse.json({ ...cluster(5), ...(await request.json() as object) }, { status: 201 })),
      http.patch(`${CLUSTERS}5/`, async ({ request }) => HttpResponse.json({ ...cluster(5), ...(await request.json() as object) })),
      http.put(`${CLUSTERS}5/`, async ({ request }) => HttpResponse.json({ ...cluster(5), ...(await request.json() as object) })),
      http.delete(`${CLUSTERS}5/`, () => new HttpResponse(null, { status: 204 })),
    )
    const client = makeClient()
    expect(await client.createCluster({ name: 'gpu', access_mode: 'WL' })).toMatchObject({ id: 5, name: 'gpu', access_mode: 'WL' })
    expect(await client.updateCluster({ pk: 5, data: { enabled: false } })).toMatchObject({ id: 5, enabled: false })
    expect(await client.replaceCluster({ pk: 5, data: { name: 'smp' } })).toMatchObject({ name: 'smp' })
    expect(await client.deleteCluster({ pk: 5 })).toBeUndefined()
    expect(received.map((r) => [r.method, r.url.pathname])).toEqual([
      ['POST', '/api/allocations/clusters/'],
      ['PATCH', '/api/allocations/clusters/5/'],
      ['PUT', '/api/allocations/clusters/5/'],
      ['DELETE', '/api/allocations/clusters/5/'],
    ])
  })

  it('is silent when deleting a missing record unless asked to raise', async () => {
    server.use(http.delete(`${CLUSTERS}9/`, () => HttpResponse.json({ detail: 'No Cluster matches the given query.' }, { status: 404 })))
    const client = makeClient()
    await expect(client.deleteCluster({ pk: 9 })).resolves.toBeUndefined()
    const error = await rejection(client.deleteCluster({ pk: 9, raiseNotExists: true }))
    expect(error).toMatchObject({ status: 404 })
  })

  it('creates an attachment as multipart when a field holds a Blob', async () => {
    server.use(
      http.post(`${API}allocations/attachments/`, async ({ request }) => {
        const form = await request.formData()
        return HttpResponse.json({ id: 1, name: form.get('name'), request: Number(form.get('request')), file: (form.get('file') as File).size }, { status: 201 })
      }),
    )
    const created = await makeClient().createAttachment({ file: new Blob(['abc']), name: 'a.txt', request: 4 })
    expect(created).toMatchObject({ id: 1, name: 'a.txt', request: 4, file: 3 })
  })

  it('refuses a body that is not an object, and operations the resource lacks', async () => {
    const client = makeClient()
    expect(isKeystoneValidationError(await rejection(client.createCluster('x' as never)))).toBe(true)
    expect(isKeystoneValidationError(await rejection(client.create('auditLogs' as never, {} as never)))).toBe(true)
    expect(isKeystoneValidationError(await rejection(client.list('secrets' as never)))).toBe(true)
    expect(isKeystoneValidationError(await rejection(client.list('constructor' as never)))).toBe(true)
    expect(received).toHaveLength(0)
  })
})

describe('each error status', () => {
  it.each([
    [400, { name: ['This field is required.'], non_field_errors: ['Bad.'] }],
    [401, { detail: 'Authentication credentials were not provided.' }],
    [403, { detail: 'CSRF Failed: CSRF token missing.' }],
    [404, { detail: 'Not found.' }],
    [405, { detail: 'Method "POST" not allowed.' }],
    [429, { detail: 'Request was throttled. Expected available in 30 seconds.' }],
    [500, { detail: 'Server Error' }],
  ])('raises KeystoneHttpError on %i from a write', async (status, body) => {
    server.use(http.post(CLUSTERS, () => HttpResponse.json(body, { status, headers: status === 429 ? { 'Retry-After': '30' } : {} })))
    const client = makeClient()
    const error = await rejection(client.createCluster({ name: 'gpu' }))
    expect(isKeystoneHttpError(error)).toBe(true)
    expect(error).toMatchObject({ status, body, request: { method: 'POST', url: CLUSTERS, cid: client.cid } })
    if (status === 400) expect(error).toMatchObject({ fieldErrors: { name: ['This field is required.'], non_field_errors: ['Bad.'] } })
    else expect(error).toMatchObject({ fieldErrors: {}, detail: (body as { detail: string }).detail })
    if (status === 429) expect(error).toMatchObject({ retryAfter: 30 })
    // Writes are never retried (no duplicate records).
    expect(received).toHaveLength(1)
  })

  it('reads a 500 with an HTML body without crashing', async () => {
    server.use(http.get(CLUSTERS, () => new HttpResponse('<h1>Server Error</h1>', { status: 500, headers: { 'content-type': 'text/html' } })))
    const error = await rejection(makeClient().listClusters())
    expect(error).toMatchObject({ status: 500, body: '<h1>Server Error</h1>', detail: undefined })
  })
})

describe('choices, stats, config, version and health', () => {
  it('gets each from its endpoint', async () => {
    server.use(
      http.get(`${API}allocations/cluster-choices/access-mode/`, () => HttpResponse.json({ WL: 'Whitelist', BL: 'Blacklist', OP: 'Open' })),
      http.get(`${API}stats/grants/`, ({ request }) => HttpResponse.json({ grant_count: Number(new URL(request.url).searchParams.get('amount__gte')) })),
      http.get(`${API}config/`, () => HttpResponse.json({ version: '1.0', max_upload_size: 1, max_upload_count: 1, allowed_file_types: [], session_age: 1 })),
      http.get(`${API}version/`, () => HttpResponse.text('1.10')),
      http.get(`${API}health/`, () => new HttpResponse(null, { status: 500 })),
      http.get(`${API}health/json/`, () => HttpResponse.json({ data: [] })),
      http.get(`${API}health/prom/`, () => HttpResponse.text('# HELP x\nx 1')),
    )
    const client = makeClient()
    expect(await client.getClusterAccessModeChoices()).toEqual({ WL: 'Whitelist', BL: 'Blacklist', OP: 'Open' })
    expect(await client.getGrantStats({ amount__gte: 5 })).toEqual({ grant_count: 5 })
    expect(await client.getConfig()).toMatchObject({ version: '1.0' })
    expect(await client.getVersion()).toBe('1.10')
    expect(await client.getHealth()).toBe(false)
    expect(await client.getHealthJson()).toEqual({ data: [] })
    expect(await client.getHealthProm()).toBe('# HELP x\nx 1')
  })

  it('exposes exactly the methods the spec allows', () => {
    const client = new KeystoneClient({ url: API })
    const has = (name: string) => typeof (client as unknown as Record<string, unknown>)[name] === 'function'
    expect(['listNotifications', 'retrieveNotification', 'updateNotification'].every(has)).toBe(true)
    expect(['createNotification', 'replaceNotification', 'deleteNotification'].some(has)).toBe(false)
    expect(['listAuditLogs', 'retrieveAuditLog'].every(has)).toBe(true)
    expect(['createAuditLog', 'updateAuditLog', 'deleteAuditLog'].some(has)).toBe(false)
    expect(['listFeed', 'retrieveFeed'].every(has)).toBe(true)
    expect(['updateFeed', 'createFeed'].some(has)).toBe(false)
  })
})
