import type { KeystoneAbortError } from './KeystoneAbortError.ts'
import type { KeystoneBatchError } from './KeystoneBatchError.ts'
import type { KeystoneError } from './KeystoneError.ts'
import type { KeystoneHttpError } from './KeystoneHttpError.ts'
import type { KeystoneNetworkError } from './KeystoneNetworkError.ts'
import type { KeystoneRedirectError } from './KeystoneRedirectError.ts'
import type { KeystoneResponseError } from './KeystoneResponseError.ts'
import type { KeystoneTimeoutError } from './KeystoneTimeoutError.ts'
import type { KeystoneValidationError } from './KeystoneValidationError.ts'

// Guards compare `name` as well as the prototype chain, so errors from another realm (an iframe,
// a second copy of the package) are recognised too.
function hasName(error: unknown, names: readonly string[]): boolean {
  return error instanceof Error && names.includes(error.name)
}

const ALL = ['KeystoneError', 'KeystoneHttpError', 'KeystoneNetworkError', 'KeystoneTimeoutError', 'KeystoneAbortError', 'KeystoneValidationError', 'KeystoneBatchError', 'KeystoneRedirectError', 'KeystoneResponseError']

/** True for any error thrown by this library. */
export const isKeystoneError = (error: unknown): error is KeystoneError => hasName(error, ALL)
/** True when the server answered with a non-2xx status. */
export const isKeystoneHttpError = (error: unknown): error is KeystoneHttpError => hasName(error, ['KeystoneHttpError'])
/** True when no usable answer came back (including timeouts and refused redirects). */
export const isKeystoneNetworkError = (error: unknown): error is KeystoneNetworkError =>
  hasName(error, ['KeystoneNetworkError', 'KeystoneTimeoutError', 'KeystoneRedirectError'])
/** True when no answer came back within the timeout. */
export const isKeystoneTimeoutError = (error: unknown): error is KeystoneTimeoutError => hasName(error, ['KeystoneTimeoutError'])
/** True when the request was cancelled or the client closed. */
export const isKeystoneAbortError = (error: unknown): error is KeystoneAbortError => hasName(error, ['KeystoneAbortError'])
/** True for bad input refused before sending. */
export const isKeystoneValidationError = (error: unknown): error is KeystoneValidationError =>
  hasName(error, ['KeystoneValidationError'])
/** True when a batch job failed. */
export const isKeystoneBatchError = (error: unknown): error is KeystoneBatchError => hasName(error, ['KeystoneBatchError'])
/** True when the API answered a redirect, or an answer came from another URL; never followed. */
export const isKeystoneRedirectError = (error: unknown): error is KeystoneRedirectError => hasName(error, ['KeystoneRedirectError'])
/** True when a 2xx answer contradicted itself or exceeded a bound of the client. */
export const isKeystoneResponseError = (error: unknown): error is KeystoneResponseError => hasName(error, ['KeystoneResponseError'])
