import { readFileSync } from 'node:fs'
import addFormats from 'ajv-formats'
import { OpenAPIBackend, type Operation } from 'openapi-backend'
import { parse } from 'yaml'
import { correctSpec } from '../../../scripts/spec-corrections.mjs'

/** The official spec, kept in the repository as data (spec/README.md says where it comes from). */
export const SPEC_FILE = new URL('../../../spec/openapi.yml', import.meta.url)

/** HTTP methods an OpenAPI path item may hold. */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

/** A JSON value of the spec, loosely typed. */
export type SpecNode = Record<string, unknown>

/** How many nodes the in-memory normalisation rewrote, by kind. */
export interface Rewrites {
  /** `nullable` without `type` (any value): `nullable` is dropped. */
  anyValue: number
  /** `nullable` beside `allOf` (a reference or null): becomes `anyOf: [ref, null]`. */
  nullableAllOf: number
}

/** One operation of the spec. */
export interface SpecOperation {
  /** Upper-case method. */
  readonly method: string
  /** Path template as the spec writes it, e.g. `/allocations/clusters/{id}/`. */
  readonly path: string
  /** `GET /allocations/clusters/{id}/`. */
  readonly key: string
  readonly operationId: string
}

/** A loaded contract: the normalised document, its validator and its operations. */
export interface Contract {
  readonly api: OpenAPIBackend
  readonly document: SpecNode
  readonly operations: readonly SpecOperation[]
  readonly rewrites: Rewrites
}

function rewrite(node: SpecNode, counts: Rewrites): SpecNode {
  if (!node.nullable || node.type || node.anyOf || node.oneOf) return node
  const { nullable: _nullable, allOf, ...rest } = node
  if (!Array.isArray(allOf)) {
    counts.anyValue++
    return rest
  }
  counts.nullableAllOf++
  // JSON Schema's `type: 'null'`; Ajv rejects OpenAPI's `nullable` without `type`.
  return { ...rest, anyOf: [...(allOf as unknown[]), { type: 'null' }] }
}

function walk(node: unknown, counts: Rewrites): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, counts))
  if (!node || typeof node !== 'object') return node
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, counts)]))
  return rewrite(copy, counts)
}

/**
 * Rewrites, on a copy, the nodes validators reject: `nullable` without `type` (e.g.
 * `AuditLog.changes`) and nullable `allOf` (e.g. `AuditLog._actor`). The input is not touched.
 */
export function normaliseSpec(document: SpecNode): { document: SpecNode; rewrites: Rewrites } {
  const rewrites: Rewrites = { anyValue: 0, nullableAllOf: 0 }
  return { document: walk(document, rewrites) as SpecNode, rewrites }
}

/** Every operation of a spec document, in path order. */
export function operationsOf(document: SpecNode): SpecOperation[] {
  const paths = document.paths as Record<string, Record<string, { operationId: string }>>
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      key: `${method.toUpperCase()} ${path}`,
      operationId: item[method]!.operationId,
    })),
  )
}

/** Reads the spec text: a server's `openapi/json/` in a live run, else the repository's copy. */
export async function readSpec(liveUrl?: string): Promise<SpecNode> {
  if (!liveUrl) return parse(readFileSync(SPEC_FILE, 'utf8')) as SpecNode
  const response = await fetch(new URL('openapi/json/', liveUrl))
  if (!response.ok) throw new Error(`GET ${liveUrl}openapi/json/ answered ${response.status}`)
  return (await response.json()) as SpecNode
}

/**
 * Builds the in-process validator over a normalised copy of `raw`, after the corrections of
 * scripts/spec-corrections.json (where the server and its spec disagree, the server wins).
 */
export async function loadContract(raw: SpecNode): Promise<Contract> {
  const { document, rewrites } = normaliseSpec(correctSpec(raw))
  const api = new OpenAPIBackend({
    definition: document as never,
    quick: true,
    validate: true,
    // Keystone needs the trailing slash (NOTES.md, URLs): a path without it must not match.
    ignoreTrailingSlashes: false,
    ajvOpts: { strict: false },
    customizeAjv: (ajv) => {
      addFormats(ajv as never)
      ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/)
      return ajv
    },
  })
  await api.init()
  return { api, document, operations: operationsOf(raw), rewrites }
}

/** The validator's operation of a request, or undefined when no path and method match. */
export function matchOperation(contract: Contract, method: string, path: string): Operation | undefined {
  return contract.api.router.matchOperation({ method, path, headers: {} }) || undefined
}
