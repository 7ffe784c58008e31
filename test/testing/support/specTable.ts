import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { choices, resources, stats } from 'keystone-api-react/client'
import { filterOperators } from '../../../src/client/filterNames.ts'

/** A schema node of the spec, loosely typed. */
interface Node {
  $ref?: string
  type?: string
  format?: string
  enum?: string[]
  nullable?: boolean
  readOnly?: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  items?: Node
  properties?: Record<string, Node>
  required?: string[]
}
interface Operation {
  parameters?: { name: string; in: string; schema: Node }[]
  requestBody?: { content: Record<string, { schema: Node }> }
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Node> }
}

/** Filter operators each filter kind accepts, as the client checks them (the spec must list exactly these). */
export const KIND_OPS: Readonly<Record<string, readonly string[]>> = filterOperators

function kindOf(base: Node, ops: Set<string>): string {
  if (base.format === 'date') return 'date'
  if (base.format === 'date-time') return 'datetime'
  if (base.format === 'time') return 'time'
  if (base.type === 'boolean') return 'boolean'
  if (base.type === 'integer' || base.type === 'number') return ops.has('lt') ? 'number' : 'fk'
  return ops.has('contains') ? 'text' : 'plain'
}

/** `{ field: kind }` from the query parameters of a list path; throws on an unknown shape. */
function filtersOf(operation: Operation): Record<string, string> {
  const byField = new Map<string, { base?: Node; ops: Set<string> }>()
  for (const { name, in: where, schema } of operation.parameters ?? []) {
    if (where !== 'query' || name.startsWith('_')) continue
    const [field = '', op = ''] = name.split('__')
    const entry = byField.get(field) ?? { ops: new Set<string>() }
    entry.ops.add(op)
    if (!op) entry.base = schema
    byField.set(field, entry)
  }
  const out: Record<string, string> = {}
  for (const [field, { base, ops }] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = kindOf(base ?? {}, ops)
    const expected = KIND_OPS[kind]!
    if (ops.size !== expected.length || ![...ops].every((op) => expected.includes(op))) {
      throw new Error(`unexpected filters of ${field}: ${[...ops].join(',')}`)
    }
    out[field] = kind
  }
  return out
}

function rule(node: Node, spec: Spec, required: boolean): Record<string, unknown> {
  const target = node.$ref ? spec.components.schemas[node.$ref.split('/').pop()!]! : node
  const out: Record<string, unknown> = { type: target.type ?? 'any' }
  if (target.format) out.format = target.format
  if (target.enum) out.enum = target.enum
  if (target.nullable) out.nullable = true
  if (target.minLength !== undefined) out.minLength = target.minLength
  if (target.maxLength !== undefined) out.maxLength = target.maxLength
  if (target.pattern) out.pattern = target.pattern
  if (target.items?.type) out.items = target.items.type
  if (required) out.required = true
  return out
}

/** Field rules of a request body schema (JSON or multipart). */
function bodyOf(operation: Operation | undefined, spec: Spec): Record<string, unknown> | undefined {
  const content = operation?.requestBody?.content
  const schema = content?.['application/json']?.schema ?? content?.['multipart/form-data']?.schema
  if (!schema?.$ref) return undefined
  const target = spec.components.schemas[schema.$ref.split('/').pop()!]!
  const out: Record<string, unknown> = {}
  for (const [name, node] of Object.entries(target.properties ?? {})) {
    if (!node.readOnly) out[name] = rule(node, spec, target.required?.includes(name) ?? false)
  }
  return out
}

/** Builds the mock's spec table (filters and body rules per resource) from openapi.yml text. */
export function buildSpecTable(yamlText: string): unknown {
  const spec = parse(yamlText) as Spec
  const table: Record<string, unknown> = {}
  for (const [name, { path }] of Object.entries(resources)) {
    const list = spec.paths[`/${path}`]!
    const detail = spec.paths[`/${path}{id}/`]
    table[name] = {
      create: bodyOf(list.post, spec),
      update: bodyOf(detail?.put ?? detail?.patch, spec),
    }
  }
  const choicesTable: Record<string, Record<string, string>> = {}
  for (const [name, path] of Object.entries(choices)) {
    const ref = (spec.paths[`/${path}`]!.get as { responses: Record<string, { content: Record<string, { schema: Node }> }> }).responses['200']!
    const schema = spec.components.schemas[ref.content['application/json']!.schema.$ref!.split('/').pop()!]!
    choicesTable[name] = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([code, node]) => [code, String((node as { default?: string }).default)]))
  }
  return { resources: table, choices: choicesTable }
}

/** JSON with objects of objects broken into lines and leaf objects kept on one line. */
function compact(value: unknown, indent: string): string {
  if (!value || typeof value !== 'object') return JSON.stringify(value)
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  if (!entries.some(([, item]) => item && typeof item === 'object' && !Array.isArray(item))) return JSON.stringify(value)
  const inner = indent + '  '
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compact(item, inner)},`).join('\n')}\n${indent}}`
}

/** The TypeScript source of src/testing/spec/table.ts. */
export function renderSpecTable(yamlText: string): string {
  const json = compact(buildSpecTable(yamlText), '')
  return `// Generated from the Keystone openapi.yml by test/testing/support/specTable.ts: do not edit.
// test/testing/specTable.test.ts fails when it drifts; run it with UPDATE_SPEC_TABLE=1 to rewrite it.
import type { SpecTable } from './types.ts'

/** Request body rules of every resource and the choices, taken from the spec (filters: src/client/filters.gen.ts). */
export const specTable: SpecTable = ${json}
`
}

/** Filters of every list and stats endpoint: `{ name: { field: kind } }`. */
export function buildFilterTable(yamlText: string): { resources: Record<string, unknown>; stats: Record<string, unknown> } {
  const spec = parse(yamlText) as Spec
  const resourceTable: Record<string, unknown> = {}
  for (const [name, { path }] of Object.entries(resources)) resourceTable[name] = filtersOf(spec.paths[`/${path}`]!.get!)
  const statsTable: Record<string, unknown> = {}
  for (const [name, path] of Object.entries(stats)) statsTable[name] = filtersOf(spec.paths[`/${path}`]!.get!)
  return { resources: resourceTable, stats: statsTable }
}

/** The TypeScript source of src/client/filters.gen.ts. */
export function renderFilterTable(yamlText: string): string {
  const { resources: resourceTable, stats: statsTable } = buildFilterTable(yamlText)
  return `// Generated from the Keystone openapi.yml by test/testing/support/specTable.ts: do not edit.
// test/testing/specTable.test.ts fails when it drifts; run it with UPDATE_SPEC_TABLE=1 to rewrite it.
import type { FilterKind } from './filterNames.ts'
import type { ResourceName, StatsName } from './resources.ts'

/** Filtered fields of a list, each with its kind (which decides the operators it takes). */
export type FieldFilters = Readonly<Record<string, FilterKind>>

/** The field filters each resource's list declares in the spec. */
export const resourceFilters: Readonly<Record<ResourceName, FieldFilters>> = ${compact(resourceTable, '')}

/** The field filters each stats endpoint declares in the spec. */
export const statsFilters: Readonly<Record<StatsName, FieldFilters>> = ${compact(statsTable, '')}
`
}

/** Reads and renders the table from a spec file. */
export function renderSpecTableFrom(file: string): string {
  return renderSpecTable(readFileSync(file, 'utf8'))
}

/** Reads and renders the client's filter table from a spec file. */
export function renderFilterTableFrom(file: string): string {
  return renderFilterTable(readFileSync(file, 'utf8'))
}
