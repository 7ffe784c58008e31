import type { AxiosResponse } from 'axios'
import { KeystoneHttpError } from './errors/KeystoneHttpError.ts'
import type { SentRequest } from './errors/SentRequest.ts'

/** Where log records go: `console`, a pino logger, or any object with these four methods. */
export interface KeystoneLogger {
  debug(context: LogContext, message: string): void
  info(context: LogContext, message: string): void
  warn(context: LogContext, message: string): void
  error(context: LogContext, message: string): void
}

/** Context fields of every log record (empty string where not applicable). */
export interface LogContext {
  cid: string
  baseurl: string
  method: string
  endpoint: string
  url: string
  status_code: number | ''
}

/** The request a response answers: method, absolute URL and CID. @internal */
export function sentRequestOf(response: AxiosResponse): SentRequest {
  const { config } = response
  return {
    method: (config.method ?? 'get').toUpperCase(),
    url: config.url ?? '',
    cid: String(config.headers?.['X-KEYSTONE-CID'] ?? ''),
  }
}

/** Seconds from a `Retry-After` header (seconds or HTTP date), or undefined. @internal */
export function retryAfterOf(response: AxiosResponse): number | undefined {
  const header: unknown = response.headers?.['retry-after']
  if (typeof header !== 'string' || header === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/**
 * Returns the response when its status is 2xx, else throws the typed HTTP error, like
 * `raise_for_status()` of the Python client.
 * @throws {KeystoneHttpError} with the status, body, field errors and the request's method, URL and CID.
 */
export function assertOk<TData>(response: AxiosResponse<TData>): AxiosResponse<TData> {
  if (response.status >= 200 && response.status < 300) return response
  throw new KeystoneHttpError(response.status, response.data, sentRequestOf(response), retryAfterOf(response))
}

/** Reads one cookie from a `Cookie`-style string (`a=1; b=2`). @internal */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const at = part.indexOf('=')
    if (part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim())
  }
  return undefined
}

/**
 * The client's own cookie jar, used where there is no browser (Node scripts): it keeps the
 * cookies the API origin sets and sends them back only to that origin. @internal
 */
export class CookieJar {
  readonly #cookies = new Map<string, string>()

  /** Stores `Set-Cookie` headers; an expired cookie is removed. */
  store(headers: unknown): void {
    for (const header of Array.isArray(headers) ? headers : headers ? [headers] : []) {
      const [pair = '', ...attributes] = String(header).split(';')
      const at = pair.indexOf('=')
      if (at < 1) continue
      const name = pair.slice(0, at).trim()
      const expired = attributes.some((attribute) => {
        const [key = '', value = ''] = attribute.split('=').map((text) => text.trim())
        if (/^max-age$/i.test(key)) return Number(value) <= 0
        return /^expires$/i.test(key) && Date.parse(value) <= Date.now()
      })
      if (expired) this.#cookies.delete(name)
      else this.#cookies.set(name, pair.slice(at + 1).trim())
    }
  }

  /** The `Cookie` header value, or undefined when the jar is empty. */
  header(): string | undefined {
    return this.#cookies.size ? [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined
  }

  get(name: string): string | undefined {
    return readCookie(this.header() ?? '', name)
  }

  clear(): void {
    this.#cookies.clear()
  }
}
