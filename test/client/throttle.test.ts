import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isKeystoneAbortError } from 'keystone-api-react/client'
import { API, makeClient, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()
const CLUSTERS = `${API}allocations/clusters/`
const page = { count: 0, next: null, previous: null, results: [] }

/** Answers 429 with the given Retry-After for the first `times` requests, then 200. */
function throttledThenOk(times: number, retryAfter: string | null) {
  let left = times
  return http.all(CLUSTERS, () => {
    if (left-- > 0) {
      const headers: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': retryAfter }
      return HttpResponse.json({ detail: 'Request was throttled.' }, { status: 429, headers })
    }
    return HttpResponse.json(page, { status: 200 })
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('throttling (429)', () => {
  it('waits for Retry-After and retries a GET', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    server.use(throttledThenOk(2, '5'))
    const result = makeClient().listClusters()
    await vi.advanceTimersByTimeAsync(4_900)
    expect(received).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(received).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await result).toEqual(page)
    expect(received).toHaveLength(3)
  })

  it('waits one second when Retry-After is missing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    server.use(throttledThenOk(1, null))
    const result = makeClient().listClusters()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await result).toEqual(page)
    expect(received).toHaveLength(2)
  })

  it('gives up after throttleRetries and surfaces the 429 with its wait time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    server.use(throttledThenOk(10, '2'))
    const result = makeClient({ throttleRetries: 2 }).listClusters().catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(await result).toMatchObject({ status: 429, retryAfter: 2 })
    expect(received).toHaveLength(3)
  })

  it('does not wait longer than maxRetryAfter', async () => {
    server.use(throttledThenOk(1, '3600'))
    expect(await makeClient().listClusters().catch((error: unknown) => error)).toMatchObject({ status: 429, retryAfter: 3600 })
    expect(received).toHaveLength(1)
  })

  it('never retries a write', async () => {
    server.use(throttledThenOk(1, '1'))
    expect(await makeClient().createCluster({ name: 'x' }).catch((error: unknown) => error)).toMatchObject({ status: 429, retryAfter: 1 })
    expect(received).toHaveLength(1)
  })

  it('stops waiting when the client closes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    server.use(throttledThenOk(5, '30'))
    const client = makeClient()
    const result = client.listClusters().catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(100)
    client.close()
    expect(isKeystoneAbortError(await result)).toBe(true)
    expect(received).toHaveLength(1)
  })
})
