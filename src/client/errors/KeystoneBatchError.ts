import { KeystoneError } from './KeystoneError.ts'
import type { SentRequest } from './SentRequest.ts'

/** A batch job failed (422) and nothing was kept: a step failed, or a `@ref` did not resolve. */
export class KeystoneBatchError extends KeystoneError {
  override name = 'KeystoneBatchError' as const
  /** 1-based index of the failing step; `undefined` when a reference did not resolve. */
  readonly step: number | undefined
  /** HTTP status the failing step answered. */
  readonly status: number | undefined
  /** Body the failing step answered. */
  readonly body: unknown
  readonly detail: string
  /** The `@ref{...}` token that could not be resolved, if that was the cause. */
  readonly token: string | undefined
  readonly request: SentRequest

  constructor(answer: { detail?: string; step?: number; status?: number; body?: unknown; token?: string }, request: SentRequest) {
    const detail = answer.detail ?? 'Batch job failed'
    super(`${detail}${answer.step ? ` (step ${answer.step}, status ${answer.status})` : ''}`)
    this.step = answer.step
    this.status = answer.status
    this.body = answer.body
    this.detail = detail
    this.token = answer.token
    this.request = request
  }
}
