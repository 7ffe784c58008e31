import type { AxiosResponse } from 'axios'
import type { SentRequest } from './errors/SentRequest.ts'

/**
 * An axios response as the client resolves it: the body parsed as the caller asked, and the
 * request it answers, so an error made from it is given what it describes rather than reading
 * it back out of the transport's config.
 */
export interface KeystoneResponse<TData = unknown> extends AxiosResponse<TData> {
  /** The request answered: method, URL (query and credentials redacted) and correlation id. */
  readonly sent: SentRequest
  /** Seconds from the `Retry-After` header (seconds or HTTP date), when the server sent one. */
  readonly retryAfter: number | undefined
}

/** Seconds from a `Retry-After` header (seconds or HTTP date), or undefined. @internal */
export function retryAfterOf(header: unknown): number | undefined {
  if (typeof header !== 'string' || header === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** The body as the caller asked: parsed JSON (text when it is not JSON), or text. @internal */
export function parseBody(data: unknown, responseType: 'json' | 'text' | undefined): unknown {
  if (responseType === 'text' || typeof data !== 'string' || data === '') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}
