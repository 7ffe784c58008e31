import { KeystoneError } from './KeystoneError.ts'

/**
 * One refused argument: its name (`pk`, `limit`, `filters.id__in`...), a short code saying what
 * is wrong (`positiveInteger`, `integerRange`, `undeclaredFilter`...), and the explanation in
 * words. The argument and code are the same in every build; production builds leave out the
 * words and repeat the code as the message.
 */
export interface ValidationIssue {
  readonly argument: string
  readonly code: string
  readonly message: string
}

/** Bad input, refused before any request was sent. */
export class KeystoneValidationError extends KeystoneError {
  override name = 'KeystoneValidationError' as const
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[]) {
    super(`Invalid argument: ${issues.map((issue) => `${issue.argument} ${issue.message}`).join('; ')}`)
    this.issues = issues
  }
}
