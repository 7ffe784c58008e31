import { KeystoneError } from './KeystoneError.ts'

/** The request was cancelled: its signal aborted, or the client was closed. */
export class KeystoneAbortError extends KeystoneError {
  override name = 'KeystoneAbortError' as const
}
