import { filterOperators } from '../client/filterNames.ts'
import type { FilterKind } from './spec/types.ts'

type Plain = Record<string, unknown>
/** Field errors keyed by query parameter. */
export type QueryErrors = Record<string, string[]>

const NUMERIC = new Set<FilterKind>(['number', 'fk'])
/** Operators each kind of field accepts (the server's plugins/filters.py), as the client checks them. */
const OPERATORS = filterOperators

/** ISO week number of a UTC date. */
function isoWeek(date: Date): number {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7))
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
}

/** Date or time part of a date, datetime or time value (Django lookups; week_day 1 = Sunday). */
function partOf(value: string, part: string): number {
  const date = new Date(/^\d{2}:/.test(value) ? `1970-01-01T${value}Z` : value.length === 10 ? `${value}T00:00:00Z` : value)
  const parts: Record<string, () => number> = {
    year: () => date.getUTCFullYear(),
    month: () => date.getUTCMonth() + 1,
    day: () => date.getUTCDate(),
    week: () => isoWeek(date),
    week_day: () => date.getUTCDay() + 1,
    hour: () => date.getUTCHours(),
    minute: () => date.getUTCMinutes(),
    second: () => date.getUTCSeconds(),
  }
  return parts[part]!()
}

/** A comparable form of a stored value or a query value, or undefined when invalid. */
function comparable(kind: FilterKind, value: unknown): string | number | boolean | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (NUMERIC.has(kind)) return Number.isFinite(Number(value)) ? Number(value) : undefined
  if (kind === 'boolean') return value === true || value === 'true' || value === 'True' ? true : value === false || value === 'false' || value === 'False' ? false : undefined
  if (kind === 'datetime') return Number.isNaN(Date.parse(String(value))) ? undefined : Date.parse(String(value))
  if (kind === 'date') return /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? String(value).slice(0, 10) : undefined
  return String(value)
}

const MESSAGES: Partial<Record<FilterKind, string>> = {
  number: 'Enter a number.', fk: 'Select a valid choice. That choice is not one of the available choices.',
  boolean: 'Select a valid choice.', date: 'Enter a valid date.', datetime: 'Enter a valid date/time.', time: 'Enter a valid time.',
}

type Test = (stored: unknown) => boolean

/** The positive test of one operator, or a message when the query value is invalid. */
function testOf(kind: FilterKind, op: string, raw: string): Test | string {
  if (op === 'isnull') return (stored) => (stored === null || stored === undefined) === (raw === 'true' || raw === 'True' || raw === '1')
  if (['year', 'month', 'day', 'week', 'week_day', 'hour', 'minute', 'second'].includes(op)) {
    const wanted = Number(raw)
    if (!Number.isFinite(wanted)) return 'Enter a number.'
    return (stored) => typeof stored === 'string' && partOf(stored, op) === wanted
  }
  if (op === 'in') {
    const wanted = raw.split(',').map((item) => comparable(kind, item))
    if (wanted.some((item) => item === undefined)) return MESSAGES[kind] ?? 'Enter a valid value.'
    return (stored) => wanted.includes(comparable(kind, stored))
  }
  if (['contains', 'startswith', 'endswith'].includes(op)) {
    const check = { contains: 'includes', startswith: 'startsWith', endswith: 'endsWith' }[op] as 'includes'
    return (stored) => typeof stored === 'string' && stored[check](raw)
  }
  const wanted = comparable(kind, raw)
  // django-filter reads an unknown boolean ("maybe") as "no filter", not as an error.
  if (wanted === undefined && kind === 'boolean' && op === '') return () => true
  if (wanted === undefined) return MESSAGES[kind] ?? 'Enter a valid value.'
  const compare: Record<string, (a: string | number | boolean, b: string | number | boolean) => boolean> = {
    '': (a, b) => a === b, lt: (a, b) => a < b, lte: (a, b) => a <= b, gt: (a, b) => a > b, gte: (a, b) => a >= b,
  }
  return (stored) => {
    const value = comparable(kind, stored)
    return value !== undefined && compare[op]!(value, wanted)
  }
}

/**
 * Whether a query holds a filter the real server (0.10.9) crashes on: `in` and `not_in` over a
 * boolean field answer 500 there, although its spec lists them. The mock answers the same, so a
 * dashboard tested against it meets what production does.
 */
export function crashesServer(query: Record<string, string>, fields: Readonly<Record<string, FilterKind>>): boolean {
  return Object.entries(query).some(([param, raw]) => {
    const [field = '', suffix = ''] = param.split('__')
    return raw !== '' && fields[field] === 'boolean' && (suffix === 'in' || suffix === 'not_in')
  })
}

/** Django's page for an unhandled server error (DEBUG off). */
export const SERVER_ERROR_PAGE = '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n'

/**
 * Keeps the records matching every field filter of `query` (`field` or `field__op`; `not_`
 * operators negate). Unknown parameters and empty values are ignored, as django-filter does.
 */
export function applyFilters(records: Plain[], query: Record<string, string>, fields: Readonly<Record<string, FilterKind>>, errors: QueryErrors): Plain[] {
  let out = records
  for (const [param, raw] of Object.entries(query)) {
    if (param.startsWith('_') || raw === '') continue
    const [field = '', suffix = ''] = param.split('__')
    const kind = fields[field]
    if (!kind || !OPERATORS[kind].includes(suffix)) continue
    const negate = suffix.startsWith('not_')
    const op = suffix === 'not_eq' ? '' : negate ? suffix.slice(4) : suffix
    const test = testOf(kind, op, raw)
    if (typeof test === 'string') errors[param] = [test]
    else out = out.filter((record) => test(record[field]) !== negate)
  }
  return out
}
