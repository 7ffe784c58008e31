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

/** Short description of a value for error messages; never prints long strings in full. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
}
