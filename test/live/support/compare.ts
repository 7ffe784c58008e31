import type { ResourceName } from 'keystone-api-react/client'
import type { Answer } from './session.ts'
import type { FixtureMap } from './fixtures.ts'

type Plain = Record<string, unknown>

/** The type tree of a JSON value: keys and types, no values. */
export type Shape = string | Shape[] | { readonly [key: string]: Shape }

/** Free-form objects: their keys are data (the fields an audit entry changed), not a schema. */
const FREE_FORM = new Set(['changes', 'statuses'])

/** Keys and types of a JSON value; an array's items merge into one shape. */
export function shapeOf(value: unknown): Shape {
  if (value === undefined) return 'no body'
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length ? [value.map(shapeOf).reduce(merge)] : []
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Plain).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, FREE_FORM.has(key) && item && typeof item === 'object' ? 'object' : shapeOf(item)]))
  }
  return typeof value
}

function merge(a: Shape, b: Shape): Shape {
  if (a === 'null') return b
  if (b === 'null' || typeof a === 'string' || typeof b === 'string') return a
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && a.length ? a : b
  const out: Record<string, Shape> = { ...a }
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? merge(out[key]!, value) : value
  return out
}

/**
 * Where two shapes differ: a key on one side only, or two types that cannot both be right.
 * `null` and empty arrays match anything, since they say nothing about a type.
 */
export function shapeDiff(a: Shape, b: Shape, path = ''): string[] {
  if (a === 'null' || b === 'null') return []
  if (Array.isArray(a) && Array.isArray(b)) return a.length && b.length ? shapeDiff(a[0]!, b[0]!, `${path}[]`) : []
  if (typeof a === 'string' || typeof b === 'string' || Array.isArray(a) || Array.isArray(b)) {
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path || '.'}: ${describe(a)} vs ${describe(b)}`]
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return keys.flatMap((key) => {
    const where = path ? `${path}.${key}` : key
    if (!(key in a)) return [`${where}: only in the mock`]
    if (!(key in b)) return [`${where}: only on the server`]
    return shapeDiff(a[key]!, b[key]!, where)
  })
}

const describe = (shape: Shape): string => (typeof shape === 'string' ? shape : Array.isArray(shape) ? 'array' : 'object')

/** What a case compares of one answer. */
export interface Observation {
  readonly status: number
  readonly shape: Shape
  /** Natural keys of a list's results, in order. */
  readonly list?: readonly string[]
  readonly count?: number
  /** A value the case derives from the answer (a check that must come out the same). */
  readonly derived?: unknown
}

/** How a case reads an answer. */
export interface ReadOptions {
  /** The resource whose records a list holds, for natural keys; none: shapes only. */
  readonly resource?: ResourceName
  /** Whether the order of a list matters (`_order` given). */
  readonly ordered?: boolean
  /** Compare only the status (the body carries server-specific values). */
  readonly statusOnly?: boolean
  /** Derives one comparable value from the answer. */
  readonly derive?: (answer: Answer) => unknown
}

/** The observation of one answer on one side. */
export function observe(answer: Answer, map: FixtureMap, options: ReadOptions): Observation {
  const body = answer.body
  const derived = options.derive?.(answer)
  if (options.statusOnly) return { status: answer.status, shape: 'ignored', derived }
  const page = body && typeof body === 'object' && Array.isArray((body as Plain).results) ? (body as { count: number; results: Plain[] }) : undefined
  if (!page || !options.resource) return { status: answer.status, shape: shapeOf(body), derived }
  const keys = page.results.map((record) => map.key(options.resource!, record.id))
  return { status: answer.status, shape: shapeOf(body), list: options.ordered ? keys : [...keys].sort(), count: page.count, derived }
}

/** The differences between the server's and the mock's observation of one case. */
export function differences(server: Observation, mock: Observation): string[] {
  const out: string[] = []
  if (server.status !== mock.status) out.push(`status: ${server.status} vs ${mock.status}`)
  else out.push(...shapeDiff(server.shape, mock.shape).map((line) => `shape ${line}`))
  if (server.count !== mock.count) out.push(`count: ${server.count} vs ${mock.count}`)
  if (JSON.stringify(server.list) !== JSON.stringify(mock.list)) {
    const only = (a?: readonly string[], b?: readonly string[]): string[] => (a ?? []).filter((key) => !(b ?? []).includes(key))
    const extra = only(server.list, mock.list)
    const missing = only(mock.list, server.list)
    out.push(`list: ${extra.length || missing.length ? `server only [${extra.join(', ')}], mock only [${missing.join(', ')}]` : 'same records, other order'}`)
  }
  if (JSON.stringify(server.derived) !== JSON.stringify(mock.derived)) out.push(`check: ${JSON.stringify(server.derived)} vs ${JSON.stringify(mock.derived)}`)
  return out
}
