import { KeystoneError } from './KeystoneError.ts'
import type { SentRequest } from './SentRequest.ts'

/**
 * An answer the client cannot use although its status is 2xx: it contradicts itself or an earlier
 * page, or asks for more work than the client bounds (e.g. a list `count` past what `retrieveAll`
 * fetches). Nothing more is sent for the call.
 */
export class KeystoneResponseError extends KeystoneError {
  override name = 'KeystoneResponseError' as const
  readonly request: SentRequest

  constructor(message: string, request: SentRequest) {
    super(`${message}: ${request.method} ${request.url}`)
    this.request = request
  }
}
