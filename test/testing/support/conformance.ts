import { existsSync, readFileSync } from 'node:fs'
import addFormats from 'ajv-formats'
import { OpenAPIBackend } from 'openapi-backend'
import { parse } from 'yaml'

/** Where the official spec lives, relative to the repository (never copied into it). */
export const SPEC_FILE = new URL('../../../../shared/keystone-api/openapi.yml', import.meta.url)
/** Whether the spec is there; conformance tests skip without it. */
export const HAS_SPEC = existsSync(SPEC_FILE)

type Node = Record<string, unknown>

/**
 * Rewrites, in memory, the nodes Ajv rejects: `nullable` without `type` (any value) and a
 * nullable `allOf` (the referenced schema or null).
 */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise)
  if (!node || typeof node !== 'object') return node
  const out: Node = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, normalise(value)]))
  if (out.nullable && Array.isArray(out.allOf)) {
    const { allOf, nullable: _nullable, ...rest } = out
    return { ...rest, anyOf: [...(allOf as unknown[]), { type: 'string', nullable: true, enum: [null] }] }
  }
  if (out.nullable && !out.type && !out.anyOf && !out.oneOf) delete out.nullable
  return out
}

let api: OpenAPIBackend | undefined

async function backend(): Promise<OpenAPIBackend> {
  if (api) return api
  const definition = normalise(parse(readFileSync(SPEC_FILE, 'utf8'))) as never
  api = new OpenAPIBackend({
    definition,
    quick: true,
    validate: true,
    ajvOpts: { strict: false },
    customizeAjv: (ajv) => {
      addFormats(ajv as never)
      ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/)
      return ajv
    },
  })
  await api.init()
  return api
}

/** Problems of one response against the spec's response schema of its operation. */
export async function checkResponse(method: string, path: string, status: number, body: unknown): Promise<string[]> {
  const spec = await backend()
  const target = `/${path.split('?')[0]}`
  const operation = spec.router
    .getOperations()
    .find((op) => op.method.toUpperCase() === method && new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(target))
  if (!operation) return [`no operation for ${method} ${target}`]
  const result = spec.validator.validateResponse(body, operation, status)
  return (result.errors ?? []).map((error) => `${method} /${path} ${status}: ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)
}
