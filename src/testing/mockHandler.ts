import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { answer, type Engine } from './engine.ts'
import { headersOf, mirrorCookies, toResponse } from './http.ts'
import type { LoggedRequest } from './types.ts'

/**
 * The one MSW handler of a mock: logs the request, applies an armed fault and the latency,
 * then lets the engine answer. @internal
 */
export function mockHandler(engine: Engine, baseUrl: string, requests: LoggedRequest[], latency = 0): HttpHandler {
  const basePath = new URL(baseUrl).pathname
  return http.all(`${baseUrl}*`, async ({ request, cookies }) => {
    const url = new URL(request.url)
    const path = url.pathname.slice(basePath.length)
    const entry: LoggedRequest = { method: request.method, path, query: Object.fromEntries(url.searchParams), headers: headersOf(request), cookies: { ...cookies }, status: 0 }
    requests.push(entry)
    const fault = engine.faults.take(request.method, path)
    if (fault && 'network' in fault) return HttpResponse.error()
    if (fault && 'delay' in fault) await delay(fault.delay)
    if (latency) await delay(latency)
    if (fault && 'status' in fault) {
      entry.status = fault.status
      return toResponse({ status: fault.status, body: fault.body ?? { detail: 'Injected fault.' }, headers: fault.headers })
    }
    const outcome = await answer(engine, { request, url, path, cookies })
    if (fault && 'late' in fault) await delay(fault.late)
    entry.status = outcome.answer.status
    mirrorCookies(outcome.cookies ?? [])
    return toResponse(outcome.answer, outcome.cookies)
  })
}
