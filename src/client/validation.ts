import { explain, type IssueCode, type IssueDetails } from './diagnostics.ts'
import { KeystoneValidationError, type ValidationIssue } from './errors/KeystoneValidationError.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/**
 * One refused argument. Its explanation is built only in development: the test is written out
 * here, a literal `process.env.NODE_ENV` comparison, so a production bundle folds it and drops
 * the texts; where nothing defines `process` (an unbundled browser page) the code stands in.
 */
function issue<TCode extends IssueCode>(argument: string, code: TCode, detail: IssueDetails[TCode]): ValidationIssue {
  const message = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? explain(code, detail) : code
  return { argument, code, message }
}

/** Collects refused arguments and throws them together. @internal */
export class Issues {
  readonly list: ValidationIssue[] = []

  add<TCode extends IssueCode>(argument: string, code: TCode, detail: IssueDetails[TCode]): void {
    this.list.push(issue(argument, code, detail))
  }

  throwIfAny(): void {
    if (this.list.length) throw new KeystoneValidationError(this.list)
  }
}

/** Throws a validation error for one argument. @internal */
export function refuse<TCode extends IssueCode>(argument: string, code: TCode, detail: IssueDetails[TCode]): never {
  throw new KeystoneValidationError([issue(argument, code, detail)])
}

/** Returns `pk` when it is a positive safe integer, else throws. @internal */
export function checkPk(pk: unknown, argument = 'pk'): number {
  if (typeof pk !== 'number' || !Number.isSafeInteger(pk) || pk < 1) refuse(argument, 'positiveInteger', pk)
  return pk
}

/**
 * Adds an issue for every value JSON would refuse or silently change: functions, symbols,
 * bigints, non-finite numbers and cycles, which would otherwise be sent as `null`, dropped, or
 * fail as a network error. Dates and Blobs (multipart) are fine. @internal
 */
export function checkJson(value: unknown, argument: string, issues: Issues, seen: Set<object> = new Set()): void {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    issues.add(argument, 'json', value)
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    issues.add(argument, 'finite', value)
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Blob)) {
    if (seen.has(value)) return issues.add(argument, 'circular', undefined)
    seen.add(value)
    for (const [key, item] of Object.entries(value)) checkJson(item, Array.isArray(value) ? `${argument}[${key}]` : `${argument}.${key}`, issues, seen)
    seen.delete(value)
  }
}
