import type { SetupServer } from 'msw/node'

/** A request body as it went on the wire, parsed by its media type. */
export type SentBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'multipart'; readonly fields: readonly (readonly [string, string | File])[] }
  | { readonly kind: 'other'; readonly mediaType: string; readonly text: string }

/** What the client really sent, as captured at the MSW layer. */
export interface SentRequest {
  readonly method: string
  /** Path relative to the API root, with its leading and trailing slash: `/allocations/clusters/`. */
  readonly path: string
  /** Raw query string without `?`, exactly as sent. */
  readonly search: string
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: SentBody
}

/** The answer to a captured request (the mock's, or the live server's). */
export interface ReceivedResponse {
  readonly status: number
  /** Media type without parameters, `''` when there is no body. */
  readonly mediaType: string
  /** Raw body text. */
  readonly text: string
}

/** One request and its response. */
export interface Exchange {
  readonly request: SentRequest
  readonly response: ReceivedResponse | undefined
}

const mediaTypeOf = (headers: Headers): string => (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

async function readRequestBody(request: Request): Promise<SentBody> {
  const mediaType = mediaTypeOf(request.headers)
  if (!request.body) return { kind: 'none' }
  if (mediaType === 'multipart/form-data') return { kind: 'multipart', fields: [...(await request.formData())] }
  const text = await request.text()
  if (!text) return { kind: 'none' }
  if (mediaType === 'application/json') return { kind: 'json', value: JSON.parse(text) as unknown }
  return { kind: 'other', mediaType, text }
}

async function readRequest(request: Request, basePath: string): Promise<SentRequest> {
  const url = new URL(request.url)
  const headers: Record<string, string> = {}
  request.headers.forEach((value, key) => (headers[key.toLowerCase()] = value))
  const path = url.pathname.startsWith(basePath) ? `/${url.pathname.slice(basePath.length)}` : url.pathname
  return { method: request.method, path, search: url.search.replace(/^\?/, ''), headers, body: await readRequestBody(request) }
}

async function readResponse(response: Response): Promise<ReceivedResponse> {
  const text = await response.text()
  return { status: response.status, mediaType: text ? mediaTypeOf(response.headers) : '', text }
}

/** Records every request to the API and its response, until `drain()` hands them over. */
export interface Recorder {
  /** Waits for the bodies of everything recorded so far and returns it, oldest first. */
  drain(): Promise<Exchange[]>
  /** Stops listening. */
  dispose(): void
}

/**
 * Captures, through MSW's life-cycle events, what the client sends to `baseUrl` and what comes
 * back (`response:mocked` from the mock, `response:bypass` from a live server).
 */
export function recordExchanges(server: SetupServer, baseUrl: string): Recorder {
  const base = new URL(baseUrl)
  const requests = new Map<string, Promise<SentRequest>>()
  const responses = new Map<string, Promise<ReceivedResponse>>()
  const onRequest = ({ request, requestId }: { request: Request; requestId: string }): void => {
    if (request.url.startsWith(base.href)) requests.set(requestId, readRequest(request.clone(), base.pathname))
  }
  const onResponse = ({ response, requestId }: { response: Response; requestId: string }): void => {
    if (requests.has(requestId)) responses.set(requestId, readResponse(response.clone()))
  }
  server.events.on('request:start', onRequest)
  server.events.on('response:mocked', onResponse)
  server.events.on('response:bypass', onResponse)
  return {
    async drain() {
      // Response events may fire just after axios resolves: give them a few turns.
      for (let turn = 0; turn < 20 && responses.size < requests.size; turn++) await new Promise((resolve) => setTimeout(resolve, 5))
      const ids = [...requests.keys()]
      const exchanges = await Promise.all(ids.map(async (id) => ({ request: await requests.get(id)!, response: await responses.get(id) })))
      for (const id of ids) {
        requests.delete(id)
        responses.delete(id)
      }
      return exchanges
    },
    dispose() {
      server.events.removeListener('request:start', onRequest)
      server.events.removeListener('response:mocked', onResponse)
      server.events.removeListener('response:bypass', onResponse)
    },
  }
}
