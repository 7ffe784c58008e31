import { KeystoneNetworkError } from './KeystoneNetworkError.ts'

/** No answer came back within the client's `timeout`. */
export class KeystoneTimeoutError extends KeystoneNetworkError {
  override name = 'KeystoneTimeoutError' as const
}
