import { KeystoneHttpError } from './errors/KeystoneHttpError.ts'
import type { KeystoneResponse } from './keystoneResponse.ts'

/**
 * Returns the response when its status is 2xx, else throws the typed HTTP error, like
 * `raise_for_status()` of the Python client.
 * @throws {KeystoneHttpError} with the status, body, field errors and the request's method, URL and CID.
 */
export function assertOk<TData>(response: KeystoneResponse<TData>): KeystoneResponse<TData> {
  if (response.status >= 200 && response.status < 300) return response
  throw new KeystoneHttpError(response.status, response.data, response.sent, response.retryAfter)
}
