import { KeystoneError } from './KeystoneError.ts'

/** One refused argument: its name (`pk`, `limit`, `filters.id__in`...) and what is wrong. */
export interface ValidationIssue {
  readonly argument: string
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
