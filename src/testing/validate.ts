import type { BodyRules, FieldRule } from './spec/types.ts'

/** DRF-style field errors: `{ field: [message] }`. */
export type FieldErrors = Record<string, string[]>

type Check = { value: unknown } | { error: string }

const DATE = /^\d{4}-\d{2}-\d{2}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function checkString(rule: FieldRule, value: unknown): Check {
  if (rule.format === 'binary') return value instanceof Blob ? { value } : { error: 'The submitted data was not a file. Check the encoding type on the form.' }
  if (typeof value !== 'string' && typeof value !== 'number') return { error: 'Not a valid string.' }
  const text = String(value)
  if (rule.enum && !rule.enum.includes(text)) return { error: `"${text}" is not a valid choice.` }
  if (text === '' && (rule.minLength ?? 0) > 0) return { error: 'This field may not be blank.' }
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return { error: `Ensure this field has no more than ${rule.maxLength} characters.` }
  if (rule.format === 'date' && !DATE.test(text)) return { error: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.' }
  if (rule.format === 'date-time' && Number.isNaN(Date.parse(text))) return { error: 'Datetime has wrong format.' }
  if (rule.format === 'email' && text !== '' && !EMAIL.test(text)) return { error: 'Enter a valid email address.' }
  if (rule.format === 'decimal' && !/^-?\d+(\.\d+)?$/.test(text)) return { error: 'A valid number is required.' }
  if (rule.pattern && !new RegExp(rule.pattern, 'u').test(text)) return { error: 'Enter a valid value.' }
  return { value: rule.format === 'decimal' ? Number(text).toFixed(2) : text }
}

function checkValue(rule: FieldRule, value: unknown): Check {
  if (value === null) return rule.nullable ? { value } : { error: 'This field may not be null.' }
  switch (rule.type) {
    case 'integer':
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      const ok = typeof number === 'number' && Number.isFinite(number) && (rule.type === 'number' || Number.isInteger(number))
      return ok ? { value: number } : { error: 'A valid integer is required.' }
    }
    case 'boolean':
      if (typeof value === 'boolean') return { value }
      return value === 'true' || value === 'false' ? { value: value === 'true' } : { error: 'Must be a valid boolean.' }
    case 'array':
      if (!Array.isArray(value)) return { error: `Expected a list of items but got type "${typeof value}".` }
      if (rule.items === 'integer' && !value.every((item) => Number.isInteger(item))) return { error: 'Incorrect type. Expected pk value.' }
      return { value }
    case 'string':
      return checkString(rule, value)
    default:
      return { value }
  }
}

/**
 * Checks a request body against its rules; returns the clean fields (unknown and read-only
 * fields dropped) or field errors. `partial` (PATCH) skips required fields.
 */
export function validateBody(body: unknown, rules: BodyRules, partial: boolean): { data: Record<string, unknown> } | { errors: FieldErrors } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { errors: { non_field_errors: ['Invalid data. Expected a dictionary, but got ' + (Array.isArray(body) ? 'list' : typeof body) + '.'] } }
  }
  const input = body as Record<string, unknown>
  const data: Record<string, unknown> = {}
  const errors: FieldErrors = {}
  for (const [field, rule] of Object.entries(rules)) {
    if (!(field in input) || input[field] === undefined) {
      if (rule.required && !partial) errors[field] = ['This field is required.']
      continue
    }
    const result = checkValue(rule, input[field])
    if ('error' in result) errors[field] = [result.error]
    else data[field] = result.value
  }
  return Object.keys(errors).length ? { errors } : { data }
}
