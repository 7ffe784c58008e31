import type { WriteOptions } from './requestOptions.ts'
import { refuse } from './validation.ts'

/** Makes a multipart body: each JSON field as a form field, each file as its own field. */
function toFormData(json: unknown, files: Record<string, Blob> = {}): FormData {
  const form = new FormData()
  const append = (key: string, value: unknown): void => {
    if (value === undefined) return
    if (value instanceof Blob) form.append(key, value)
    else if (Array.isArray(value)) value.forEach((item) => append(key, item))
    else form.append(key, value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  for (const [key, value] of Object.entries(json ?? {})) append(key, value)
  for (const [key, file] of Object.entries(files)) append(key, file)
  return form
}

const hasBlob = (json: unknown): boolean =>
  !!json && typeof json === 'object' && Object.values(json).some((value) => value instanceof Blob)

/**
 * The body of a request: JSON text (setting its `Content-Type`), multipart form data when there
 * are files, or nothing. @internal
 * @throws {KeystoneValidationError} when `json` cannot be sent as JSON (a cycle or a bigint).
 */
export function requestBody(options: WriteOptions, headers: Record<string, string>): string | FormData | undefined {
  const { json, files } = options
  if (files || hasBlob(json)) return toFormData(json, files)
  if (json === undefined) return undefined
  headers['Content-Type'] = 'application/json'
  try {
    return JSON.stringify(json)
  } catch {
    return refuse('json', 'jsonBody', undefined)
  }
}
