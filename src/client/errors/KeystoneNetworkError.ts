import { KeystoneError } from './KeystoneError.ts'
import type { SentRequest } from './SentRequest.ts'

/** No answer came back: the connection failed or was reset. The original error is `cause`. */
export class KeystoneNetworkError extends KeystoneError {
  override name: string = 'KeystoneNetworkError'
  readonly request: SentRequest

  constructor(message: string, request: SentRequest, options?: ErrorOptions) {
    super(`${message}: ${request.method} ${request.url}`, options)
    this.request = request
  }
}
