import { isKeystoneHttpError } from '../client/index.ts'

/** Field errors of a refused write, one message per field, ready for a form: `{ name: 'This field is required.' }`. */
export type FormErrors<TBody> = Partial<Record<Extract<keyof TBody, string> | 'non_field_errors', string>>

const NONE = {}

/**
 * Field errors of a 400 answer, each field's messages joined by a space; `{}` for any other error.
 * @example
 * setError('name', { message: getFieldErrors<ClusterRequest>(error).name })
 */
export function getFieldErrors<TBody = Record<string, unknown>>(error: unknown): FormErrors<TBody> {
  if (!isKeystoneHttpError(error) || error.status !== 400) return NONE
  const form: Record<string, string> = {}
  for (const [field, messages] of Object.entries(error.fieldErrors)) form[field] = messages.join(' ')
  return form as FormErrors<TBody>
}

/**
 * The messages of a failed request that belong to no field, for the top of a form: the 400's
 * `non_field_errors`, or the error's message for anything else (403, 429, a network error). @internal
 */
export function getFormErrors(error: unknown): string[] {
  if (!error) return []
  if (isKeystoneHttpError(error) && error.status === 400) return error.fieldErrors.non_field_errors ?? []
  return [error instanceof Error ? error.message : String(error)]
}
