import { KeystoneError } from './KeystoneError.ts'
import type { SentRequest } from './SentRequest.ts'

/** Field errors of a 400 answer: `{ field: ['message'], non_field_errors: [...] }`. */
export type FieldErrors = Record<string, string[]>

/**
 * The server answered with a status outside 2xx. `message` is the server's own words, ready to
 * show a person ("Invalid username or password.", "name: This field is required."); what a
 * developer needs to find the request (status, method, URL, CID) is in the other properties and
 * in `technicalMessage`, which `toString()` appends.
 */
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
  /** The request answered: method, URL and correlation id. */
  readonly request: SentRequest
  /** For logs and bug reports: `Keystone answered 400: POST https://host/api/authentication/login/ (cid …)`. */
  readonly technicalMessage: string

  constructor(status: number, body: unknown, request: SentRequest, retryAfter?: number) {
    const detail = readDetail(body)
    const fieldErrors = status === 400 ? readFieldErrors(body) : {}
    super(humanMessage(status, body, detail, fieldErrors))
    this.status = status
    this.body = body
    this.detail = detail
    this.fieldErrors = fieldErrors
    this.retryAfter = retryAfter
    this.request = request
    this.technicalMessage = `Keystone answered ${status}: ${request.method} ${request.url}${request.cid ? ` (cid ${request.cid})` : ''}`
  }

  /** The message followed by the technical detail, for logs. */
  override toString(): string {
    return `${this.name}: ${this.message} [${this.technicalMessage}]`
  }
}

/** What the server said, in its words: `detail`, else the non-field and field messages, else the status. */
function humanMessage(status: number, body: unknown, detail: string | undefined, fieldErrors: FieldErrors): string {
  if (detail) return detail
  const { non_field_errors: general = [], ...fields } = fieldErrors
  const words = [...general, ...Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(' ')}`)]
  if (words.length) return words.join(' ')
  // A 400 may also be a bare list of messages (a DRF ValidationError raised with a list).
  if (Array.isArray(body) && body.length && body.every((item) => typeof item === 'string')) return body.join(' ')
  return `The Keystone server answered ${status}.`
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
