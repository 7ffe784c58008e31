import type { MockResponse } from './context.ts'

/** A parsed request body: JSON, or multipart fields plus files. */
export interface ParsedBody {
  readonly body: unknown
  readonly files: Record<string, Blob>
}

/** Reads a JSON or multipart body; an invalid JSON body gives a 400 answer. */
export async function readBody(request: Request): Promise<ParsedBody | MockResponse> {
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    const form = await request.formData()
    const body: Record<string, unknown> = {}
    const files: Record<string, Blob> = {}
    form.forEach((value, key) => {
      if (typeof value === 'string') body[key] = value
      else files[key] = value
    })
    return { body, files }
  }
  const text = await request.text()
  if (!text) return { body: undefined, files: {} }
  try {
    return { body: JSON.parse(text) as unknown, files: {} }
  } catch (error) {
    return { status: 400, body: { detail: `JSON parse error - ${(error as Error).message}` } }
  }
}

/**
 * A fetch `Response` of an answer. A plain `Response` (not MSW's `HttpResponse`), so that
 * MSW does not copy `Set-Cookie` into its process-wide cookie store, which would make every
 * later request look logged in.
 */
export function toResponse(answer: MockResponse, setCookies: readonly string[] = []): Response {
  const headers = new Headers(answer.headers)
  for (const cookie of setCookies) headers.append('Set-Cookie', cookie)
  let body: string | null = null
  if (answer.text !== undefined) body = answer.text
  else if (answer.body !== undefined && answer.status !== 204) {
    body = JSON.stringify(answer.body)
    headers.set('Content-Type', 'application/json')
  }
  if (answer.text !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'text/plain')
  return new Response(body, { status: answer.status, headers })
}

/** In a browser (MSW service worker), `Set-Cookie` of a mocked response is dropped: write `document.cookie` instead (never HttpOnly). */
export function mirrorCookies(setCookies: readonly string[]): void {
  if (typeof document === 'undefined') return
  for (const cookie of setCookies) document.cookie = cookie.replace(/;\s*HttpOnly/i, '')
}

/** Lower-case header names and values. */
export function headersOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {}
  request.headers.forEach((value, key) => {
    out[key.toLowerCase()] = value
  })
  return out
}
