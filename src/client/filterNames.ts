import { resourceFilters, statsFilters } from './filters.gen.ts'
import type { ResourceName, StatsName } from './resources.ts'
import { describe } from './diagnostics.ts'
import { Issues } from './validation.ts'

/** How a field is filtered; decides the operators it accepts (the server's `plugins/filters.py`). */
export type FilterKind = 'number' | 'fk' | 'boolean' | 'plain' | 'text' | 'date' | 'datetime' | 'time'

/**
 * Operators each kind of field accepts (`''` is the bare field name). Built in a pure call, so a
 * production bundle, where nothing reads it, drops it. @internal
 */
export const filterOperators: Readonly<Record<FilterKind, readonly string[]>> = /* @__PURE__ */ (() => {
  const base = ['', 'not_eq', 'in', 'not_in', 'isnull']
  const compare = [...base, 'lt', 'lte', 'gt', 'gte']
  const date = [...compare, 'year', 'month', 'day', 'week', 'week_day']
  const clock = ['hour', 'minute', 'second']
  const text = [...base, 'contains', 'not_contains', 'startswith', 'not_startswith', 'endswith', 'not_endswith']
  return { number: compare, fk: base, boolean: base, plain: base, text, date, datetime: [...date, ...clock], time: [...compare, ...clock] }
})()

/**
 * Refuses a filter name the list (or stats endpoint) does not declare in the spec: the server
 * would ignore it and answer every record. Callers run it in development builds only, behind a
 * literal `process.env.NODE_ENV` test that bundlers fold, so production bundles drop it and its table.
 * @throws {KeystoneValidationError} naming the filters it accepts; nothing is sent then.
 * @internal
 */
export function checkFilterNames(filters: unknown, target: { resource: ResourceName } | { stats: StatsName }): void {
  if (!filters || typeof filters !== 'object') return
  const declared = 'resource' in target ? resourceFilters[target.resource] : statsFilters[target.stats]
  const what = 'resource' in target ? `the ${target.resource} list` : `${target.stats} stats`
  if (!declared) return
  const issues = new Issues()
  for (const key of Object.keys(filters)) {
    const at = key.indexOf('__')
    const field = at < 0 ? key : key.slice(0, at)
    const operator = at < 0 ? '' : key.slice(at + 2)
    const kind = Object.hasOwn(declared, field) ? declared[field] : undefined
    if (!kind) {
      issues.add(`filters.${key}`, 'undeclaredFilter', `is not a filter of ${what} (${describe(field)} is not a filtered field); it takes: ${Object.keys(declared).join(', ')}`)
    } else if (!filterOperators[kind].includes(operator)) {
      const names = filterOperators[kind].map((op) => (op ? `${field}__${op}` : field))
      issues.add(`filters.${key}`, 'undeclaredFilter', `is not a filter of ${what}; ${field} takes: ${names.join(', ')}`)
    }
  }
  issues.throwIfAny()
}
