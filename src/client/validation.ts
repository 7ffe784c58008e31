import { KeystoneValidationError, type ValidationIssue } from './errors/KeystoneValidationError.ts'

/** Collects refused arguments and throws them together. @internal */
export class Issues {
  readonly list: ValidationIssue[] = []

  add(argument: string, message: string): void {
    this.list.push({ argument, message })
  }

  throwIfAny(): void {
    if (this.list.length) throw new KeystoneValidationError(this.list)
  }
}

/** Throws a validation error for one argument. @internal */
export function refuse(argument: string, message: string): never {
  throw new KeystoneValidationError([{ argument, message }])
}

/** Returns `pk` when it is a positive safe integer, else throws. @internal */
export function checkPk(pk: unknown, argument = 'pk'): number {
  if (typeof pk !== 'number' || !Number.isSafeInteger(pk) || pk < 1) {
    refuse(argument, `must be a positive integer, got ${describe(pk)}`)
  }
  return pk
}

/**
 * Adds an issue for every value JSON would refuse or silently change: functions, symbols,
 * bigints, non-finite numbers and cycles, which would otherwise be sent as `null`, dropped, or
 * fail as a network error. Dates and Blobs (multipart) are fine. @internal
 */
export function checkJson(value: unknown, argument: string, issues: Issues, seen: Set<object> = new Set()): void {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    issues.add(argument, `cannot be sent as JSON, got ${describe(value)}`)
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    issues.add(argument, `must be a finite number, got ${describe(value)}`)
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Blob)) {
    if (seen.has(value)) return issues.add(argument, 'refers to itself (circular)')
    seen.add(value)
    for (const [key, item] of Object.entries(value)) checkJson(item, Array.isArray(value) ? `${argument}[${key}]` : `${argument}.${key}`, issues, seen)
    seen.delete(value)
  }
}

/** Short description of a value for error messages; never prints long strings in full. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
}
