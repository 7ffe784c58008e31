import { checkAuth, checkRequest, checkResponse } from './checks.ts'
import type { Exchange } from './recorder.ts'
import type { Contract, SpecOperation } from './spec.ts'

/** Running totals of a contract run. */
export interface Tally {
  /** Keys (`GET /config/`) of operations some validated request exercised. */
  readonly exercised: Set<string>
  requests: number
  responses: number
  /** Writes on a cookie session whose `X-CSRFToken` was checked against the cookie. */
  csrfWrites: number
  /** Every problem found, prefixed with the request that had it. */
  readonly violations: string[]
}

/** An empty tally. */
export function newTally(): Tally {
  return { exercised: new Set(), requests: 0, responses: 0, csrfWrites: 0, violations: [] }
}

/**
 * Validates captured exchanges (request, credentials, response) and adds them to the tally.
 * Returns the keys of the operations they exercised and their problems.
 */
export function validateExchanges(contract: Contract, exchanges: readonly Exchange[], tally: Tally): { keys: string[]; problems: string[] } {
  const keys: string[] = []
  const problems: string[] = []
  for (const { request, response } of exchanges) {
    const where = `${request.method} ${request.path}${request.search ? `?${request.search}` : ''}`
    const checked = checkRequest(contract, request)
    tally.requests++
    const found = checked.problems
    if (checked.operation) {
      const key = `${request.method} ${checked.operation.path}`
      keys.push(key)
      tally.exercised.add(key)
      found.push(...checkAuth(checked.operation, request), ...checkResponse(contract, checked.operation, response))
      tally.responses++
      if (request.method !== 'GET' && request.headers.cookie?.includes('csrftoken=')) tally.csrfWrites++
    }
    problems.push(...found.map((problem) => `${where} -> ${response?.status ?? '?'}: ${problem}`))
  }
  tally.violations.push(...problems)
  return { keys, problems }
}

/** The coverage table printed after a run. */
export function coverageTable(tally: Tally, operations: readonly SpecOperation[], selected: readonly SpecOperation[], mode: string, absentKeys: readonly string[] = []): string {
  const absent = [...new Set(absentKeys)]
  const exercised = operations.filter((operation) => tally.exercised.has(operation.key)).length
  const rows: [string, string][] = [
    ['target', mode],
    ['operations in spec', String(operations.length)],
    ['operations selected', String(selected.length)],
    ['operations exercised', `${exercised} / ${operations.length}`],
    ['of them answered 404 (no record)', String(absent.length)],
    ['requests validated', String(tally.requests)],
    ['responses validated', String(tally.responses)],
    ['session writes, CSRF checked', String(tally.csrfWrites)],
    ['violations', String(tally.violations.length)],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  const valueWidth = Math.max(...rows.map(([, value]) => value.length))
  const missing = selected.filter((operation) => !tally.exercised.has(operation.key)).map((operation) => `  not exercised: ${operation.key}`)
  const line = `+${'-'.repeat(width + 2)}+${'-'.repeat(valueWidth + 2)}+`
  const body = rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value.padStart(valueWidth)} |`)
  const absentLines = absent.map((key) => `  answered 404, the server holds no record the API could make: ${key}`)
  return ['Keystone contract coverage', line, ...body, line, ...missing, ...absentLines, ...tally.violations.map((violation) => `  violation: ${violation}`)].join('\n')
}
