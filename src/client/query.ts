import type { FiltersOf, OrderOf, ResourceName } from './resources.ts'
import { Issues } from './validation.ts'

/** Filters, search and ordering of a list (no paging). */
export interface ListQuery<R extends ResourceName = ResourceName> {
  /** Field filters exactly as the spec lists them: `{ name__startswith: 'a', id__in: [1, 2] }`. */
  filters?: FiltersOf<R>
  /** Case-insensitive partial match over the resource's text fields (`_search`). */
  search?: string
  /** Ordering: `'name'`, `'-id'` or `['name', '-id']` (`_order`). */
  order?: OrderOf<R> | readonly OrderOf<R>[]
}

/** A list query plus paging. */
export interface ListParams<R extends ResourceName = ResourceName> extends ListQuery<R> {
  /** Records per page, 1 to 1000. @default 100 (server) */
  limit?: number
  /** Index of the first record. @default 0 */
  offset?: number
}

/** What `buildQuery` takes: any resource's list parameters, checked at run time. */
export interface QueryInput {
  filters?: { readonly [field: string]: unknown }
  search?: string
  order?: string | readonly string[]
  limit?: number
  offset?: number
}

/** A value a filter can take at run time. */
export type FilterValue = string | number | boolean | Date

const OPERATORS = new Set(
  'not_eq in not_in isnull lt lte gt gte contains not_contains startswith not_startswith endswith not_endswith year month day week week_day hour minute second'.split(
    ' ',
  ),
)
const NAME = /^[a-z][a-z\d_]*$/i

/** ISO 8601: a date alone at UTC midnight (valid for date and datetime fields), else a full timestamp. @internal */
export function formatDate(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

function formatScalar(value: unknown, argument: string, issues: Issues): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return formatDate(value)
  issues.add(argument, 'scalar', value)
  return undefined
}

function formatFilter(key: string, value: unknown, issues: Issues): string | undefined {
  const argument = `filters.${key}`
  const operator = key.includes('__') ? key.slice(key.lastIndexOf('__') + 2) : ''
  if (!NAME.test(key) || (operator && !OPERATORS.has(operator))) {
    issues.add(argument, 'filterName', undefined)
    return undefined
  }
  if (operator === 'in' || operator === 'not_in') {
    // The server reads one comma-separated value (`id__in=1,2,3`) and ignores repeated keys. An
    // empty list would be ignored too and match everything, so it is refused.
    if (!Array.isArray(value) || value.length === 0) {
      issues.add(argument, 'nonEmptyArray', undefined)
      return undefined
    }
    const parts = value.map((item, index) => formatScalar(item, `${argument}[${index}]`, issues))
    if (parts.some((part) => part?.includes(','))) issues.add(argument, 'comma', undefined)
    return parts.join(',')
  }
  if (operator === 'isnull' && typeof value !== 'boolean') {
    issues.add(argument, 'boolean', value)
    return undefined
  }
  return formatScalar(value, argument, issues)
}

function checkInteger(issues: Issues, name: string, value: unknown, min: number, max: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)) {
    issues.add(name, 'integerRange', [min, max, value])
  }
}

/**
 * Builds the query string of a list request: filters, `_search`, `_order`, `_limit`, `_offset`.
 * @throws {KeystoneValidationError} listing every bad argument; nothing is sent then.
 */
export function buildQuery(params: QueryInput | undefined = {}): URLSearchParams {
  const issues = new Issues()
  const query = new URLSearchParams()
  if (typeof params !== 'object' || params === null) issues.add('params', 'object', params)
  const { filters = {}, search, order, limit, offset } = params ?? {}
  if (typeof filters !== 'object' || filters === null || Array.isArray(filters)) {
    issues.add('filters', 'object', filters)
  } else {
    for (const [key, value] of Object.entries(filters)) {
      if (value === undefined) continue
      const text = formatFilter(key, value, issues)
      if (text !== undefined) query.set(key, text)
    }
  }
  if (search !== undefined) {
    if (typeof search === 'string') query.set('_search', search)
    else issues.add('search', 'string', search)
  }
  if (order !== undefined) {
    const fields: unknown[] = Array.isArray(order) ? order : [order]
    if (fields.length && fields.every((field) => typeof field === 'string' && /^-?[a-z][a-z\d_]*$/i.test(field))) {
      query.set('_order', fields.join(','))
    } else {
      issues.add('order', 'order', undefined)
    }
  }
  checkInteger(issues, 'limit', limit, 1, 1000)
  checkInteger(issues, 'offset', offset, 0, Number.MAX_SAFE_INTEGER)
  if (limit !== undefined) query.set('_limit', String(limit))
  if (offset !== undefined) query.set('_offset', String(offset))
  issues.throwIfAny()
  return query
}
