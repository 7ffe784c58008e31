#!/usr/bin/env node
// Writes the tables read from the spec at run time: src/client/filters.gen.ts (the filters each list
// and stats endpoint declares, which the client checks) and src/testing/spec/table.gen.ts (the mock's
// body rules and choices). Run through `npm run generate`.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { generatedLine, importSource, readTables, root } from './source.mjs'

const SPEC = path.join(root, 'spec/openapi.yml')
export const filtersFile = path.join(root, 'src/client/filters.gen.ts')
export const specTableFile = path.join(root, 'src/testing/spec/table.gen.ts')

const kindOf = (base, ops) => {
  if (base.format === 'date') return 'date'
  if (base.format === 'date-time') return 'datetime'
  if (base.format === 'time') return 'time'
  if (base.type === 'boolean') return 'boolean'
  if (base.type === 'integer' || base.type === 'number') return ops.has('lt') ? 'number' : 'fk'
  return ops.has('contains') ? 'text' : 'plain'
}

/** `{ field: kind }` from the query parameters of a list path; throws when a field's operators are not its kind's. */
function filtersOf(operation, kindOperators) {
  const byField = new Map()
  for (const { name, in: where, schema } of operation.parameters ?? []) {
    if (where !== 'query' || name.startsWith('_')) continue
    const [field = '', op = ''] = name.split('__')
    const entry = byField.get(field) ?? { ops: new Set() }
    entry.ops.add(op)
    if (!op) entry.base = schema
    byField.set(field, entry)
  }
  const out = {}
  for (const [field, { base, ops }] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = kindOf(base ?? {}, ops)
    const expected = kindOperators[kind]
    if (ops.size !== expected.length || ![...ops].every((op) => expected.includes(op))) {
      throw new Error(`unexpected filters of ${field}: ${[...ops].join(',')}`)
    }
    out[field] = kind
  }
  return out
}

const schemaOf = (spec, ref) => spec.components.schemas[ref.split('/').pop()]

function rule(node, spec, required) {
  const target = node.$ref ? schemaOf(spec, node.$ref) : node
  const out = { type: target.type ?? 'any' }
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
function bodyOf(operation, spec) {
  const content = operation?.requestBody?.content
  const schema = content?.['application/json']?.schema ?? content?.['multipart/form-data']?.schema
  if (!schema?.$ref) return undefined
  const target = schemaOf(spec, schema.$ref)
  const out = {}
  for (const [name, node] of Object.entries(target.properties ?? {})) {
    if (!node.readOnly) out[name] = rule(node, spec, target.required?.includes(name) ?? false)
  }
  return out
}

/** The mock's table: body rules of each resource's create and update, and each choices endpoint's `{ code: label }`. */
function buildSpecTable(spec, { resources, choices }) {
  const table = {}
  for (const [name, { path: listPath }] of Object.entries(resources)) {
    const detail = spec.paths[`/${listPath}{id}/`]
    table[name] = { create: bodyOf(spec.paths[`/${listPath}`].post, spec), update: bodyOf(detail?.put ?? detail?.patch, spec) }
  }
  const choicesTable = {}
  for (const [name, choicesPath] of Object.entries(choices)) {
    const answer = spec.paths[`/${choicesPath}`].get.responses['200']
    const schema = schemaOf(spec, answer.content['application/json'].schema.$ref)
    choicesTable[name] = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([code, node]) => [code, String(node.default)]))
  }
  return { resources: table, choices: choicesTable }
}

/** JSON with objects of objects broken into lines and leaf objects kept on one line. */
function compact(value, indent) {
  if (!value || typeof value !== 'object') return JSON.stringify(value)
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  if (!entries.some(([, item]) => item && typeof item === 'object' && !Array.isArray(item))) return JSON.stringify(value)
  const inner = indent + '  '
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compact(item, inner)},`).join('\n')}\n${indent}}`
}

const FROM = 'spec/openapi.yml (scripts/generate-spec-tables.mjs)'

/** The source of src/testing/spec/table.gen.ts. */
function renderSpecTable(spec, tables) {
  return `${generatedLine(FROM)}
import type { SpecTable } from './types.ts'

/** Request body rules of every resource and the choices, taken from the spec (filters: src/client/filters.gen.ts). */
export const specTable: SpecTable = ${compact(buildSpecTable(spec, tables), '')}
`
}

/** The source of src/client/filters.gen.ts. */
function renderFilterTable(spec, { resources, stats }, kindOperators) {
  const filtersAt = (listPath) => filtersOf(spec.paths[`/${listPath}`].get, kindOperators)
  const resourceTable = Object.fromEntries(Object.entries(resources).map(([name, { path: listPath }]) => [name, filtersAt(listPath)]))
  const statsTable = Object.fromEntries(Object.entries(stats).map(([name, statsPath]) => [name, filtersAt(statsPath)]))
  return `${generatedLine(FROM)}
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

/** What `npm run generate` writes from the spec copy: the client's filter table and the mock's spec table. */
export async function outputs(source = SPEC) {
  const spec = parse(fs.readFileSync(source, 'utf8'))
  const tables = await readTables()
  // The operators the client accepts for each kind of field: the spec must list exactly these.
  const { filterOperators } = await importSource('src/client/filterNames.ts')
  return [
    { file: filtersFile, text: renderFilterTable(spec, tables, filterOperators) },
    { file: specTableFile, text: renderSpecTable(spec, tables) },
  ]
}
