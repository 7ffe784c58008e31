import { choices, type Operation, resourceOperations, type ResourceName, type ResourceOps, resources, type StatsName, stats } from '../client/resources.ts'
import { detail, type MockResponse, notAllowed, type RouteContext } from './context.ts'
import { listRecords, retrieveRecord } from './reads.ts'
import { specTable } from './spec/table.ts'
import { statsOf } from './stats.ts'
import { config } from './misc.ts'
import { createRecord, deleteRecord, updateRecord } from './writes.ts'

type Handler = (ctx: RouteContext, id: string) => MockResponse
type Methods = Readonly<Record<string, Handler>>

/** Where each operation is answered: the list or the detail path, and with which method. */
const ROUTE: Record<Operation, readonly ['list' | 'detail', string]> = {
  list: ['list', 'GET'], create: ['list', 'POST'], retrieve: ['detail', 'GET'], update: ['detail', 'PATCH'], replace: ['detail', 'PUT'], delete: ['detail', 'DELETE'],
}

/** HTTP methods the list or detail path of a resource answers, from the operations it allows. */
const methodsAt = (ops: ResourceOps, where: 'list' | 'detail'): string[] =>
  resourceOperations[ops].filter((op) => ROUTE[op][0] === where).map((op) => ROUTE[op][1])

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
  ...Object.entries(choices).map(([name, path]): [string, Methods] => [path, { GET: () => ({ status: 200, body: { ...specTable.choices[name] } }) }]),
  ...Object.entries(stats).map(([name, path]): [string, Methods] => [path, { GET: (ctx) => statsOf(name as StatsName, ctx) }]),
  ['config/', { GET: () => config() }],
])

/** Resource paths, made by one loop over the client's resource table. */
const table = Object.entries(resources).map(([name, { path, ops }]) => ({
  path,
  list: listMethods(name as ResourceName, ops as ResourceOps),
  detail: detailMethods(name as ResourceName, ops as ResourceOps),
}))

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
  const handler = found.methods[ctx.method]
  if (ctx.method === 'OPTIONS' || ctx.method === 'HEAD') return { status: 200 }
  return handler ? handler(ctx, found.id) : notAllowed(ctx.method)
}

/** Whether a path (with its slash) is one the API knows. */
export function knownPath(path: string): boolean {
  return match(path) !== undefined
}
