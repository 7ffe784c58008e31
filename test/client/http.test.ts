import { http, HttpResponse, delay } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  assertOk,
  isKeystoneAbortError,
  isKeystoneHttpError,
  isKeystoneNetworkError,
  isKeystoneTimeoutError,
  isKeystoneValidationError,
  KeystoneHttpError,
} from 'keystone-api-react/client'
import { API, makeClient, recordingLogger, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

describe('KeystoneClient HTTP methods', () => {
  it('sends every request with a trailing slash and the same X-KEYSTONE-CID', async () => {
    server.use(http.all(`${API}*`, () => HttpResponse.json({ ok: true })))
    const client = makeClient()
    await client.httpGet('allocations/clusters')
    await client.httpPost('allocations/clusters', { json: { name: 'a' } })
    await client.httpPut('/allocations/clusters/1', { json: { name: 'b' } })
    await client.httpPatch('allocations/clusters/1/', { json: { name: 'c' } })
    await client.httpDelete('allocations/clusters/1')
    expect(received.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/allocations/clusters/',
      'POST /api/allocations/clusters/',
      'PUT /api/allocations/clusters/1/',
      'PATCH /api/allocations/clusters/1/',
      'DELETE /api/allocations/clusters/1/',
    ])
    expect(client.cid).toMatch(UUID4)
    expect(new Set(received.map((r) => r.headers.get('x-keystone-cid')))).toEqual(new Set([client.cid]))
    expect(makeClient().cid).not.toBe(client.cid)
  })

  it('resolves with the response whatever its status, and assertOk raises the typed error', async () => {
    server.use(http.get(`${API}allocations/clusters/9/`, () => HttpResponse.json({ detail: 'No Cluster matches the given query.' }, { status: 404 })))
    const client = makeClient()
    const response = await client.httpGet('allocations/clusters/9')
    expect(response.status).toBe(404)
    // The response carries the request it answers, so the error is given it rather than reading it back.
    expect(response.sent).toEqual({ method: 'GET', url: `${API}allocations/clusters/9/`, cid: client.cid })
    expect(response.retryAfter).toBeUndefined()
    const error = await caught(Promise.resolve().then(() => assertOk(response)))
    expect(error).toBeInstanceOf(KeystoneHttpError)
    expect(error).toMatchObject({
      status: 404,
      detail: 'No Cluster matches the given query.',
      request: { method: 'GET', url: `${API}allocations/clusters/9/`, cid: client.cid },
    })
  })

  it('sends params and JSON bodies', async () => {
    server.use(http.post(`${API}echo/`, async ({ request }) => HttpResponse.json(await request.json(), { status: 201 })))
    server.use(http.get(`${API}echo/`, ({ request }) => HttpResponse.json(Object.fromEntries(new URL(request.url).searchParams))))
    const client = makeClient()
    expect((await client.httpGet('echo', { params: { a: 1, b: 'x' } })).data).toEqual({ a: '1', b: 'x' })
    const posted = await client.httpPost('echo', { json: { name: 'gpu', tags: [1, 2] } })
    expect(posted.status).toBe(201)
    expect(posted.data).toEqual({ name: 'gpu', tags: [1, 2] })
    expect(received[1]?.headers.get('content-type')).toMatch(/application\/json/)
  })

  it('sends files as multipart fields next to the JSON fields', async () => {
    server.use(
      http.post(`${API}allocations/attachments/`, async ({ request }) => {
        const form = await request.formData()
        const file = form.get('file') as File
        return HttpResponse.json({ request: form.get('request'), name: form.get('name'), size: file.size, text: await file.text() }, { status: 201 })
      }),
    )
    const client = makeClient()
    const response = await client.httpPost('allocations/attachments', {
      json: { request: 3, name: 'notes.txt' },
      files: { file: new Blob(['hello keystone'], { type: 'text/plain' }) },
    })
    expect(response.data).toEqual({ request: '3', name: 'notes.txt', size: 14, text: 'hello keystone' })
    expect(received[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
  })

  it('refuses unsafe endpoints before sending anything', async () => {
    const client = makeClient()
    for (const endpoint of ['https://evil.test/x', '//evil.test/x', '../admin', 'users/%2e%2e/', 'a?b=1']) {
      const error = await caught(client.httpGet(endpoint))
      expect(isKeystoneValidationError(error)).toBe(true)
      expect(error).toMatchObject({ issues: [{ argument: 'endpoint' }] })
    }
    expect(received).toHaveLength(0)
  })

  it('rejects with a typed network error when the connection fails', async () => {
    server.use(http.get(`${API}health/`, () => HttpResponse.error()))
    const error = await caught(makeClient().httpGet('health'))
    expect(isKeystoneNetworkError(error)).toBe(true)
    expect(isKeystoneHttpError(error)).toBe(false)
    expect(error).toMatchObject({ request: { method: 'GET', url: `${API}health/` } })
    expect((error as Error).cause).toBeDefined()
  })

  it('rejects with a typed timeout error after the timeout', async () => {
    server.use(http.get(`${API}slow/`, async () => {
      await delay(2000)
      return HttpResponse.json({})
    }))
    const error = await caught(makeClient({ timeout: 50 }).httpGet('slow'))
    expect(isKeystoneTimeoutError(error)).toBe(true)
    expect(isKeystoneNetworkError(error)).toBe(true)
  })

  it('aborts in-flight requests on close() and refuses later calls', async () => {
    server.use(http.get(`${API}slow/`, async () => {
      await delay(2000)
      return HttpResponse.json({})
    }))
    const client = makeClient()
    const pending = caught(client.httpGet('slow'))
    await delay(20)
    client.close()
    expect(isKeystoneAbortError(await pending)).toBe(true)
    const later = await caught(client.httpGet('slow'))
    expect(isKeystoneAbortError(later)).toBe(true)
    expect((later as Error).message).toMatch(/closed/)
    expect(client.closed).toBe(true)
  })

  it('aborts a request when its signal aborts', async () => {
    server.use(http.get(`${API}slow/`, async () => {
      await delay(2000)
      return HttpResponse.json({})
    }))
    const controller = new AbortController()
    const pending = caught(makeClient().httpGet('slow', { signal: controller.signal }))
    controller.abort()
    expect(isKeystoneAbortError(await pending)).toBe(true)
  })

  it('logs every request and response with the context fields, silent without a logger', async () => {
    server.use(http.get(`${API}allocations/clusters/`, () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })))
    server.use(http.get(`${API}gone/`, () => HttpResponse.json({ detail: 'x' }, { status: 404 })))
    const logger = recordingLogger()
    const client = makeClient({ logger })
    await client.httpGet('allocations/clusters', { params: { _limit: 5 } })
    await client.httpGet('gone')
    const base = { cid: client.cid, baseurl: API, method: 'GET' }
    expect(logger.records).toEqual([
      { level: 'debug', message: 'Sending request', context: { ...base, endpoint: 'allocations/clusters/', url: `${API}allocations/clusters/`, status_code: '' } },
      { level: 'info', message: 'Received response', context: { ...base, endpoint: 'allocations/clusters/', url: `${API}allocations/clusters/`, status_code: 200 } },
      { level: 'debug', message: 'Sending request', context: { ...base, endpoint: 'gone/', url: `${API}gone/`, status_code: '' } },
      { level: 'warn', message: 'Received response', context: { ...base, endpoint: 'gone/', url: `${API}gone/`, status_code: 404 } },
    ])
  })

  it('accepts console-like loggers', async () => {
    server.use(http.get(`${API}version/`, () => HttpResponse.text('1.2.10')))
    const lines: unknown[][] = []
    const write = (...args: unknown[]) => lines.push(args)
    const client = makeClient({ logger: { debug: write, info: write, warn: write, error: write } })
    expect(await client.getVersion()).toBe('1.2.10')
    expect(lines).toHaveLength(2)
    expect(lines[1]?.[1]).toBe('Received response')
  })
})
