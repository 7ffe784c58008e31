import type { Operation } from 'openapi-backend'
import type { ReceivedResponse, SentRequest } from './recorder.ts'
import { type Contract, matchOperation, type SpecNode } from './spec.ts'

type Schema = SpecNode & {
  type?: string
  items?: Schema
  properties?: Record<string, Schema>
  additionalProperties?: unknown
  allOf?: Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  $ref?: string
}
type Content = Record<string, { schema?: Schema }>

/**
 * Responses whose media type the spec gets wrong, with the one the server really sends. Kept
 * explicit (and counted by the suite) so the list cannot grow unnoticed.
 */
export const MEDIA_ALLOWANCES: Readonly<Record<string, string>> = {
  // django-health-check answers Prometheus text; the spec declares `application/json` with `type: string`.
  'GET /health/prom/': 'text/plain',
}

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i
const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

function resolve(contract: Contract, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema
  const name = schema.$ref.split('/').pop()!
  return ((contract.document.components as SpecNode).schemas as Record<string, Schema>)[name]
}

/** One multipart value as its schema reads it (OpenAPI encoding defaults: objects are JSON). */
function coerce(contract: Contract, schema: Schema | undefined, value: string | File): unknown {
  const target = resolve(contract, schema)
  if (typeof value !== 'string') return `<file ${value.name}, ${value.size} bytes>`
  if (target?.type === 'integer' || target?.type === 'number') return value === '' ? null : Number(value)
  if (target?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value
  if (target?.type === 'object' || target?.properties) {
    try {
      return JSON.parse(value) as unknown
    } catch {
      return value
    }
  }
  return value
}

/** Multipart fields as the object the request schema describes (repeated keys make arrays). */
function formObject(contract: Contract, schema: Schema | undefined, fields: readonly (readonly [string, string | File])[]): Record<string, unknown> {
  const properties = resolve(contract, schema)?.properties ?? {}
  const out: Record<string, unknown> = {}
  for (const [name, value] of fields) {
    const property = resolve(contract, properties[name])
    if (property?.type === 'array') out[name] = [...((out[name] as unknown[]) ?? []), coerce(contract, property.items, value)]
    else out[name] = coerce(contract, property, value)
  }
  return out
}

function bodyProblems(contract: Contract, operation: Operation, request: SentRequest): { body: unknown; problems: string[] } {
  const content = (operation.requestBody as { content?: Content } | undefined)?.content ?? {}
  const { body } = request
  if (body.kind === 'none') return { body: undefined, problems: [] }
  const mediaType = body.kind === 'json' ? 'application/json' : body.kind === 'multipart' ? 'multipart/form-data' : body.mediaType
  if (!content[mediaType]) return { body: undefined, problems: [`sends a ${mediaType} body; the spec accepts ${Object.keys(content).join(', ') || 'none'}`] }
  if (body.kind === 'json') return { body: body.value, problems: [] }
  if (body.kind === 'multipart') return { body: formObject(contract, content[mediaType].schema, body.fields), problems: [] }
  return { body: body.text, problems: [] }
}

function repeatedKeys(search: string): string[] {
  const keys = [...new URLSearchParams(search).keys()]
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))].map((key) => `repeats query key ${key} (lists are one comma-separated value: NOTES.md, Lists)`)
}

/**
 * Problems of a request the client sent, against the spec: path and method (trailing slash
 * included), query parameters (none undeclared, no repeated key), body media type and schema.
 */
export function checkRequest(contract: Contract, request: SentRequest): { operation?: Operation; problems: string[] } {
  const operation = matchOperation(contract, request.method, request.path)
  if (!operation) return { problems: [`no operation of the spec is ${request.method} ${request.path}`] }
  const { body, problems } = bodyProblems(contract, operation, request)
  const headers = { ...request.headers, 'content-type': request.body.kind === 'json' ? 'application/json' : (request.headers['content-type'] ?? '') }
  const result = contract.api.validator.validateRequest({ method: request.method, path: request.path, query: request.search, headers, body }, operation)
  const schemaProblems = (result.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`.trim())
  return { operation, problems: [...problems, ...repeatedKeys(request.search), ...schemaProblems] }
}

function cookiesOf(header: string | undefined): Record<string, string> {
  const pairs = (header ?? '').split(';').map((part) => part.trim().split('=') as [string, string?])
  return Object.fromEntries(pairs.filter(([name]) => name).map(([name, value]) => [name, decodeURIComponent(value ?? '')]))
}

/**
 * Problems of a request's credentials (NOTES.md, Authentication and CID): token mode sends
 * `Authorization: Token <key>` and no cookie or CSRF; on a cookie session a write carries
 * `X-CSRFToken` equal to the `csrftoken` cookie and a read never does; secured operations carry
 * a credential; every request carries a UUID `X-KEYSTONE-CID`.
 */
export function checkAuth(operation: Operation, request: SentRequest): string[] {
  const { headers } = request
  const problems: string[] = []
  if (!UUID.test(headers['x-keystone-cid'] ?? '')) problems.push(`X-KEYSTONE-CID is not a UUID: ${headers['x-keystone-cid']}`)
  const write = !READS.has(request.method)
  const csrf = headers['x-csrftoken']
  if (headers.authorization !== undefined) {
    if (!/^Token \S+$/.test(headers.authorization)) problems.push('Authorization is not "Token <key>"')
    if (headers.cookie) problems.push('token mode sends cookies')
    if (csrf !== undefined) problems.push('token mode sends X-CSRFToken')
    return problems
  }
  const cookies = cookiesOf(headers.cookie)
  if (!write && csrf !== undefined) problems.push('a read sends X-CSRFToken')
  if (write && (cookies.sessionid || cookies.csrftoken) && (!csrf || csrf !== cookies.csrftoken)) {
    problems.push(`a write on a cookie session sends X-CSRFToken ${csrf ?? '(none)'}, the csrftoken cookie is ${cookies.csrftoken ?? '(none)'}`)
  }
  if ((operation.security?.length ?? 0) > 0 && !cookies.sessionid) problems.push('a secured operation is sent without a token or session cookie')
  return problems
}

/** Declared properties of a schema and of its `allOf`/`anyOf`/`oneOf` branches; undefined when open. */
function declaredKeys(contract: Contract, schema: Schema | undefined): Map<string, Schema> | undefined {
  const target = resolve(contract, schema)
  if (!target || target.additionalProperties !== undefined) return undefined
  const branches = [...(target.allOf ?? []), ...(target.anyOf ?? []), ...(target.oneOf ?? [])]
  if (!target.properties && branches.length === 0) return undefined
  const keys = new Map(Object.entries(target.properties ?? {}))
  for (const branch of branches) {
    for (const [name, property] of declaredKeys(contract, branch) ?? []) keys.set(name, property)
  }
  return keys
}

/**
 * Fields of a response the schema does not declare. Ajv accepts them (the spec leaves objects
 * open), but a mock that adds fields lets the library depend on what the server never sends.
 */
function undeclared(contract: Contract, schema: Schema | undefined, value: unknown, at: string): string[] {
  const target = resolve(contract, schema)
  if (Array.isArray(value)) return target?.items ? value.flatMap((item, index) => undeclared(contract, target.items, item, `${at}/${index}`)) : []
  const keys = declaredKeys(contract, target)
  if (!keys || !value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([name, item]) =>
    keys.has(name) ? undeclared(contract, keys.get(name), item, `${at}/${name}`) : [`response ${at}/${name} is not declared by the spec`],
  )
}

function parseBody(response: ReceivedResponse): { value: unknown; problem?: string } {
  if (!response.mediaType.endsWith('json')) return { value: response.text }
  try {
    return { value: JSON.parse(response.text) as unknown }
  } catch {
    return { value: response.text, problem: `answers invalid JSON with ${response.mediaType}` }
  }
}

/**
 * A 404 `{"detail": "..."}` on a detail path: how DRF answers for a record that does not exist.
 * The spec declares no error answers at all; the suite provokes this one only on purpose, for
 * resources the API cannot create (calls.ts), and the coverage table lists those operations.
 */
function isAbsentRecord(operation: Operation, response: ReceivedResponse): boolean {
  if (response.status !== 404 || !operation.path.endsWith('{id}/') || response.mediaType !== 'application/json') return false
  const body = parseBody(response).value as Record<string, unknown> | null
  return !!body && typeof body === 'object' && Object.keys(body).join() === 'detail' && typeof body.detail === 'string'
}

/** Problems of a response against the operation's declared status, media type and schema. */
export function checkResponse(contract: Contract, operation: Operation, response: ReceivedResponse | undefined): string[] {
  if (!response) return ['no response was recorded']
  if (isAbsentRecord(operation, response)) return []
  const declared = operation.responses?.[String(response.status)] ?? operation.responses?.default
  if (!declared || '$ref' in declared) return [`answers ${response.status}; the spec declares ${Object.keys(operation.responses ?? {}).join(', ')}`]
  const content = (declared.content ?? {}) as Content
  const key = `${operation.method.toUpperCase()} ${operation.path}`
  if (Object.keys(content).length === 0) return response.text ? [`answers a ${response.mediaType} body; the spec declares none for ${response.status}`] : []
  const mediaType = content[response.mediaType] ? response.mediaType : MEDIA_ALLOWANCES[key] === response.mediaType ? Object.keys(content)[0]! : undefined
  if (!mediaType) return [`answers ${response.mediaType || 'no body'}; the spec declares ${Object.keys(content).join(', ')}`]
  const { value, problem } = parseBody(response)
  if (problem) return [problem]
  if (resolve(contract, content[mediaType]!.schema)?.type === 'string') return typeof value === 'string' ? [] : ['answers a non-string body where the spec declares a string']
  const result = contract.api.validator.validateResponse(value, operation, response.status)
  const errors = (result.errors ?? []).map((error) => `response ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
  return [...errors, ...undeclared(contract, content[mediaType]!.schema, value, '')]
}
