import { KeystoneError } from './KeystoneError.ts'
import type { SentRequest } from './SentRequest.ts'

/** Field errors of a 400 answer: `{ field: ['message'], non_field_errors: [...] }`. */
export type FieldErrors = Record<string, string[]>

/** The server answered with a status outside 2xx. */
export class KeystoneHttpError extends KeystoneError {
  override name = 'KeystoneHttpError' as const
  /** HTTP status code. */
  readonly status: number
  /** Parsed body of the answer (`{ detail }`, field errors, or text). */
  readonly body: unknown
  /** `detail` of the body, when the server sent one. */
  readonly detail: string | undefined
  /** Field errors of a 400 answer, every value a list of messages; empty otherwise. */
  readonly fieldErrors: FieldErrors
  /** Seconds the server asked to wait (`Retry-After` of a 429), if any. */
  readonly retryAfter: number | undefined
  readonly request: SentRequest

  constructor(status: number, body: unknown, request: SentRequest, retryAfter?: number) {
    const detail = readDetail(body)
    super(`Keystone answered ${status}: ${request.method} ${request.url}${detail ? ` (${detail})` : ''}`)
    this.status = status
    this.body = body
    this.detail = detail
    this.fieldErrors = status === 400 ? readFieldErrors(body) : {}
    this.retryAfter = retryAfter
    this.request = request
  }
}

function readDetail(body: unknown): string | undefined {
  const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined
  return typeof detail === 'string' ? detail : undefined
}

function readFieldErrors(body: unknown): FieldErrors {
  const errors: FieldErrors = {}
  if (!body || typeof body !== 'object' || Array.isArray(body)) return errors
  for (const [field, value] of Object.entries(body)) {
    errors[field] = (Array.isArray(value) ? value : [value]).map((message) =>
      typeof message === 'string' ? message : JSON.stringify(message),
    )
  }
  return errors
}
