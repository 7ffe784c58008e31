import { choices, type ChoicesName, endpoints, operationTable, resourceOperations, type ResourceName, type ResourceOps, resources, type StatsName, stats } from '../client/resources.ts'
import { staffOnly } from './access.ts'
import { detail, forbidden, type MockResponse, notAllowed, type RouteContext } from './context.ts'
import { listRecords, retrieveRecord } from './reads.ts'
import { specTable } from './spec/table.gen.ts'
import { statsOf } from './stats.ts'
import { config } from './misc.ts'
import { serialize } from './serialize.ts'
import { createRecord, deleteRecord, updateRecord } from './writes.ts'

type Handler = (ctx: RouteContext, id: string) => MockResponse
type Methods = Readonly<Record<string, Handler>>

/** HTTP methods the list or detail path of a resource answers, from the operations it allows. */
const methodsAt = (ops: ResourceOps, where: 'list' | 'detail'): string[] =>
  resourceOperations[ops].filter((op) => operationTable[op].at === where).map((op) => operationTable[op].method)

function listMethods(resource: ResourceName, ops: ResourceOps): Methods {
  const all: Methods = { GET: (ctx) => listRecords(resource, ctx), POST: (ctx) => createRecord(resource, ctx) }
  return Object.fromEntries(methodsAt(ops, 'list').map((method) => [method, all[method]!]))
}

function detailMethods(resource: ResourceName, ops: ResourceOps): Methods {
  const update: Handler = (ctx, id) => updateRecord(resource, id, ctx)
  const all: Methods = { GET: (ctx, id) => retrieveRecord(resource, id, ctx), PUT: update, PATCH: update, DELETE: (ctx, id) => deleteRecord(resource, id, ctx) }
  return Object.fromEntries(methodsAt(ops, 'detail').map((method) => [method, all[method]!]))
}

/** Fixed paths of the authenticated API: choices, stats, config. */
const fixed = new Map<string, Methods>([
  ...Object.entries(choices).map(([name, path]): [string, Methods] => [path, { GET: () => ({ status: 200, body: { ...specTable.choices[name as ChoicesName] } }) }]),
  ...Object.entries(stats).map(([name, path]): [string, Methods] => [path, { GET: (ctx) => statsOf(name as StatsName, ctx) }]),
  ['config/', { GET: () => config() }],
  // Reached directly through the engine's auth routes; listed here for batch steps.
  [endpoints.whoami, { GET: (ctx) => ({ status: 200, body: serialize('users', ctx.store.find('users', ctx.viewer!.id)!, ctx.store) }) }],
])

/** Resource paths, made by one loop over the client's resource table. */
const table = Object.entries(resources).map(([key, { path, ops }]) => {
  const name = key as ResourceName
  return { name, path, list: listMethods(name, ops), detail: detailMethods(name, ops) }
})

/** The methods and id a path addresses, or undefined (404). */
function match(path: string): { methods: Methods; id: string } | undefined {
  const methods = fixed.get(path)
  if (methods) return { methods, id: '' }
  for (const row of table) {
    if (path === row.path) return { methods: row.list, id: '' }
    const rest = path.startsWith(row.path) ? path.slice(row.path.length) : ''
    if (/^[^/]+\/$/.test(rest) && Object.keys(row.detail).length) return { methods: row.detail, id: rest.slice(0, -1) }
  }
  return undefined
}

/** Answers an authenticated API request (resources, choices, stats, config); 404 or 405 otherwise. */
export function routeApi(ctx: RouteContext): MockResponse {
  const found = match(ctx.path)
  if (!found) return detail(404, 'Not found.')
  if (ctx.method === 'OPTIONS') return isLogPath(ctx.path) && !ctx.viewer?.isStaff ? forbidden() : { status: 200, body: metadata(ctx.path, found.id) }
  // HEAD is a GET whose body is dropped: same status, same permissions.
  const handler = found.methods[ctx.method === 'HEAD' ? 'GET' : ctx.method]
  const answer = handler ? handler(ctx, found.id) : notAllowed(ctx.method)
  return ctx.method === 'HEAD' ? { status: answer.status, headers: answer.headers } : answer
}

/** Logs refuse every safe method, OPTIONS too, to non-staff users. */
const isLogPath = (path: string): boolean => table.some((row) => staffOnly(row.name) && path.startsWith(row.path))

/** DRF's answer to OPTIONS: what the endpoint is and which media types it speaks. */
function metadata(path: string, id: string): Record<string, unknown> {
  const name = path.split('/').filter(Boolean).filter((part) => part !== id).pop() ?? ''
  return {
    name: `${name.replace(/[-_]/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase())}${id ? ' Instance' : ''}`,
    description: '',
    renders: ['application/json'],
    parses: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
  }
}

/** Whether a path (with its slash) is one the API knows. */
export function knownPath(path: string): boolean {
  return match(path) !== undefined
}
