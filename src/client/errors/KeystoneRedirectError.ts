import { KeystoneNetworkError } from './KeystoneNetworkError.ts'
import type { SentRequest } from './SentRequest.ts'

/**
 * The API answered with a redirect, or the answer came from another URL than the request's.
 * The client never follows a redirect and never accepts such an answer: a followed redirect
 * would replay a write, its body and its credentials to whatever `Location` names. Not retried.
 */
export class KeystoneRedirectError extends KeystoneNetworkError {
  override name = 'KeystoneRedirectError' as const
  /** The redirect status, or 0 where the browser hides it (`fetch` with `redirect: 'manual'`). */
  readonly status: number

  constructor(status: number, request: SentRequest) {
    super(`Keystone answered a redirect (${status || 'opaque'}), which the client never follows`, request)
    this.status = status
  }
}
