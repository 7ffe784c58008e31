import { isKeystoneHttpError, type KeystoneError } from 'keystone-api-react'

/** The server's own words for a failed request: its `detail`, or its field and form messages. */
export function readableError(error: KeystoneError): string {
  if (!isKeystoneHttpError(error)) return error.message
  const messages = Object.values(error.fieldErrors).flat()
  return error.detail ?? (messages.length ? messages.join(' ') : error.message)
}
