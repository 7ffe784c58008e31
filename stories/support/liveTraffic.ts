import axios, { AxiosError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { HttpClient } from 'keystone-api-react/client'
import type { Fault, FaultTarget, LoggedRequest } from 'keystone-api-react/testing'

/** What a story's plays read of a request: the mock's log entry, or the same fields seen live. */
export type SeenRequest = Pick<LoggedRequest, 'method' | 'path' | 'query' | 'headers' | 'status'>

/** Where a story's requests are seen: the mock, or the client of a story on a real server. */
export interface Traffic {
  readonly requests: SeenRequest[]
}

/** A fault of the mock, or, in front of a real server only, its list answer without the record named `withoutName`. */
export type LiveFault = Fault | { readonly withoutName: string }

/** A story on a real server: the requests its client sent, and faults put in front of the server. */
export interface LiveTraffic extends Traffic {
  readonly faults: [FaultTarget, LiveFault][]
  /** Milliseconds before a fault's answer, as the story's mock would take (`mock.latency`). */
  readonly latency?: number
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function matches(target: FaultTarget, path: string, method: string): boolean {
  const pathMatches = typeof target.path === 'string' ? target.path === path : target.path.test(path)
  return pathMatches && (!target.method || target.method.toUpperCase() === method)
}

/**
 * A client of a real server that logs every request it sends (with the answer's status) into
 * `traffic.requests`, and answers the requests `traffic.faults` target itself, the way the mock's
 * `fail()` does: a status (with body and headers), a network error or a delay, `times` times.
 * Everything else goes to the server.
 */
export function liveClient(url: string, traffic: LiveTraffic): HttpClient {
  const base = new URL(url).pathname
  const send = axios.getAdapter(axios.defaults.adapter)
  const counts = new Map<[FaultTarget, LiveFault], number>()
  const answer = async (config: InternalAxiosRequestConfig, path: string, method: string): Promise<AxiosResponse> => {
    const entry = traffic.faults.find((candidate) => (counts.get(candidate) ?? 0) < (candidate[0].times ?? 1) && matches(candidate[0], path, method))
    if (!entry) return send(config)
    counts.set(entry, (counts.get(entry) ?? 0) + 1)
    const fault = entry[1]
    // A status fault may carry a delay too: that one is a late refusal, answered below.
    if ('delay' in fault && !('status' in fault)) {
      await sleep(fault.delay)
      return send(config)
    }
    if ('network' in fault) throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config)
    if ('withoutName' in fault) {
      const response = await send(config)
      const page = (typeof response.data === 'string' ? JSON.parse(response.data) : response.data) as { count: number; results: { name?: string }[] }
      const results = page.results.filter((row) => row.name !== fault.withoutName)
      return { ...response, data: JSON.stringify({ ...page, count: page.count - (page.results.length - results.length), results }) }
    }
    if ('late' in fault) {
      const response = await send(config)
      await sleep(fault.late)
      return response
    }
    await sleep(fault.delay ?? traffic.latency ?? 0)
    const headers = Object.fromEntries(Object.entries({ 'content-type': 'application/json', ...fault.headers }).map(([name, value]) => [name.toLowerCase(), value]))
    return { data: fault.body ?? '', status: fault.status, statusText: '', headers, config, request: {} }
  }
  const adapter: AxiosAdapter = async (config) => {
    const sent = new URL(axios.getUri(config))
    const method = (config.method ?? 'get').toUpperCase()
    const path = sent.pathname.slice(base.length)
    const headers = Object.fromEntries(Object.entries(config.headers.toJSON()).map(([name, value]) => [name.toLowerCase(), String(value)]))
    // The browser writes the multipart type (with its boundary) for a FormData body itself.
    if (config.data instanceof FormData) headers['content-type'] = 'multipart/form-data'
    const seen: SeenRequest = { method, path, query: Object.fromEntries(sent.searchParams), headers, status: 0 }
    traffic.requests.push(seen)
    const response = await answer(config, path, method)
    seen.status = response.status
    return response
  }
  return new HttpClient({ url, adapter, csrfCookie: 'same-site' })
}
