/** What each refusal code's explanation needs: the refused value, or a few facts about it. @internal */
export interface IssueDetails {
  positiveInteger: unknown
  object: unknown
  string: unknown
  boolean: unknown
  nonEmptyString: undefined
  nonEmptyArray: undefined
  scalar: unknown
  integerRange: readonly [number, number, unknown]
  filterName: undefined
  undeclaredFilter: string
  comma: undefined
  order: undefined
  json: unknown
  jsonBody: undefined
  finite: unknown
  circular: undefined
  resource: unknown
  operation: readonly [string, string]
  choices: unknown
  stats: unknown
  method: undefined
  ref: undefined
  repeatedRef: unknown
  relativeUrl: unknown
  url: unknown
  endpoint: unknown
  timeout: unknown
  token: undefined
  concurrency: unknown
  uuid: unknown
}

/** Short code of a refusal, the same in development and production (`ValidationIssue.code`). @internal */
export type IssueCode = keyof IssueDetails

/**
 * What each refusal code means, in words, for the developer who passed the argument. Only
 * development builds read this table (`explain` is called behind a literal
 * `process.env.NODE_ENV` test in validation.ts), so a production bundle drops it with every
 * text: there an issue carries its argument and code, and the refusal itself is the same.
 * @internal
 */
const explanations: { readonly [TCode in IssueCode]: (detail: IssueDetails[TCode]) => string } = {
  positiveInteger: (value: unknown) => `must be a positive integer, got ${describe(value)}`,
  object: (value: unknown) => `must be an object, got ${describe(value)}`,
  string: (value: unknown) => `must be a string, got ${describe(value)}`,
  boolean: (value: unknown) => `must be a boolean, got ${describe(value)}`,
  nonEmptyString: () => 'must be a non-empty string',
  nonEmptyArray: () => 'must be a non-empty array',
  scalar: (value: unknown) => `must be a string, finite number, boolean or valid Date, got ${describe(value)}`,
  integerRange: ([min, max, value]: readonly [number, number, unknown]) => `must be an integer from ${min} to ${max}, got ${describe(value)}`,
  filterName: () => 'is not a field filter (use field or field__operator with a known operator)',
  undeclaredFilter: (text: string) => text,
  comma: () => 'items cannot contain a comma',
  order: () => 'must be field names, each optionally prefixed with "-"',
  json: (value: unknown) => `cannot be sent as JSON, got ${describe(value)}`,
  jsonBody: () => 'cannot be sent as JSON (a cycle or a bigint)',
  finite: (value: unknown) => `must be a finite number, got ${describe(value)}`,
  circular: () => 'refers to itself (circular)',
  resource: (value: unknown) => `is not a Keystone resource: ${describe(value)}`,
  operation: ([resource, op]: readonly [string, string]) => `${resource} does not allow ${op}`,
  choices: (value: unknown) => `is not a choices endpoint: ${describe(value)}`,
  stats: (value: unknown) => `is not a stats endpoint: ${describe(value)}`,
  method: () => 'must be GET, POST, PUT, PATCH or DELETE',
  ref: () => 'must be letters, digits or underscores',
  repeatedRef: (ref: unknown) => `repeats the alias "${String(ref)}" of an earlier action`,
  relativeUrl: (value: unknown) =>
    `must be an absolute http(s) URL, got ${describe(value)}: a relative URL needs a page to resolve against (a browser); pass an absolute URL here`,
  url: (redacted: unknown) => `must be an absolute http(s) URL without credentials, got ${describe(redacted)}`,
  endpoint: (redacted: unknown) => `must be a path relative to the base URL, got ${describe(redacted)}`,
  timeout: (value: unknown) => `must be a positive number of milliseconds, got ${describe(value)}`,
  token: () => 'must be a non-empty token string',
  concurrency: (value: unknown) => `must be at least 1, got ${describe(value)}`,
  uuid: (value: unknown) => `must be a UUID, got ${describe(value)}`,
}

/** The development text of a refusal. @internal */
export function explain<TCode extends IssueCode>(code: TCode, detail: IssueDetails[TCode]): string {
  return (explanations[code] as (detail: IssueDetails[TCode]) => string)(detail)
}

/** Short description of a value for error messages; never prints long strings in full. @internal */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value)
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
}
