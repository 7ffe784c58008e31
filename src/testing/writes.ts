import type { ResourceName } from '../client/resources.ts'
import { writable } from './access.ts'
import { forbidden, type MockResponse, type RouteContext } from './context.ts'
import { newRow, STAFF_USER_FIELDS } from './defaults.ts'
import { findRow } from './reads.ts'
import { modelErrors } from './constraints.ts'
import { links, modelNames } from './relations.ts'
import { serialize } from './serialize.ts'
import { specTable } from './spec/table.gen.ts'
import type { Row } from './types.ts'
import { type FieldErrors, validateBody } from './validate.ts'

type Plain = Record<string, unknown>

/** Errors for foreign keys that point at no record. */
function checkLinks(resource: ResourceName, data: Plain, ctx: RouteContext): FieldErrors {
  const errors: FieldErrors = {}
  for (const [field, target] of Object.entries(links[resource] ?? {})) {
    const value = data[field]
    if (value === undefined || value === null) continue
    const missing = (Array.isArray(value) ? value : [value]).find((id) => !ctx.store.find(target, id))
    if (missing !== undefined) errors[field] = [`Invalid pk "${String(missing)}" - object does not exist.`]
  }
  if (resource === 'users' && typeof data.username === 'string') {
    if (ctx.store.tables.users.some((row) => row.username === data.username && row.id !== data.id)) errors.username = ['A user with that username already exists.']
  }
  return errors
}

/** A user body without the fields only staff may set. */
function withoutStaffFields(data: Plain): Plain {
  return Object.fromEntries(Object.entries(data).filter(([field]) => !(STAFF_USER_FIELDS as readonly string[]).includes(field)))
}

/** Validated, linked data of a body, or the 400 answer. */
function cleanBody(resource: ResourceName, ctx: RouteContext, partial: boolean, id?: unknown): { data: Plain } | { answer: MockResponse } {
  const table = specTable.resources[resource]
  const rules = (ctx.method === 'POST' ? table.create : table.update) ?? {}
  // A body that is not an object is refused as a whole (non_field_errors), never spread into one;
  // an empty body reads as an empty form, as DRF's request.data does.
  const given = ctx.body === undefined ? {} : ctx.body
  const body = given && typeof given === 'object' && !Array.isArray(given) ? { ...(given as Plain), ...ctx.files } : given
  const result = validateBody(body, rules, partial)
  if ('errors' in result) return { answer: { status: 400, body: result.errors } }
  const data = resource === 'users' && !ctx.viewer!.isStaff ? withoutStaffFields(result.data) : result.data
  const rowNow = id === undefined ? undefined : ctx.store.find(resource, id)
  const modelErrs = modelErrors(resource, data, rowNow, ctx.viewer!, ctx.store)
  if (Object.keys(modelErrs).length) return { answer: { status: 400, body: modelErrs } }
  if (resource === 'attachments' && data.file instanceof Blob) {
    const name = data.file instanceof File ? data.file.name : String(data.name ?? 'upload')
    Object.assign(data, { file: `${ctx.url.origin}/media/attachments/${name}`, name: data.name ?? name })
  }
  const errors = checkLinks(resource, { ...data, id }, ctx)
  return Object.keys(errors).length ? { answer: { status: 400, body: errors } } : { data }
}

/** A stored row has an id; an answer never has. */
const isAnswer = (value: Row | MockResponse): value is MockResponse => !('id' in value)

/** Appends an audit log entry for a change. */
function audit(ctx: RouteContext, resource: ResourceName, id: unknown, action: string, changes: Plain): void {
  const { store, viewer } = ctx
  // The server keeps a masked hash in the audit trail, never the password itself.
  const masked = 'password' in changes ? { ...changes, password: '********' } : changes
  store.insert('auditLogs', { record_name: modelNames[resource], record_id: id, action, changes: masked, cid: ctx.cid, remote_addr: '127.0.0.1', remote_port: null, timestamp: new Date().toISOString(), actor: viewer!.id })
}

/** `POST <resource>/`: 201 and the new record. */
export function createRecord(resource: ResourceName, ctx: RouteContext): MockResponse {
  const raw = (ctx.body ?? {}) as Plain
  if (!writable(resource, 'POST', undefined, raw, ctx.viewer!, ctx.store)) return forbidden()
  const clean = cleanBody(resource, ctx, false)
  if ('answer' in clean) return clean.answer
  const data = clean.data
  const rules = specTable.resources[resource].create ?? {}
  const row = ctx.store.insert(resource, newRow(resource, data, rules, ctx.viewer!))
  audit(ctx, resource, row.id, 'create', data)
  return { status: 201, body: serialize(resource, row, ctx.store) }
}

/** `PUT`/`PATCH <resource>/<id>/`: 200 and the updated record. */
export function updateRecord(resource: ResourceName, id: string, ctx: RouteContext): MockResponse {
  const row = findRow(resource, id, ctx)
  if (isAnswer(row)) return row
  if (!writable(resource, ctx.method, row, (ctx.body ?? {}) as Plain, ctx.viewer!, ctx.store)) return forbidden()
  const clean = cleanBody(resource, ctx, ctx.method === 'PATCH', row.id)
  if ('answer' in clean) return clean.answer
  Object.assign(row, clean.data)
  audit(ctx, resource, row.id, 'update', clean.data)
  return { status: 200, body: serialize(resource, row, ctx.store) }
}

/** Logs keep their rows when the user they name is deleted (`on_delete=SET_NULL`). */
const KEPT = new Set<ResourceName>(['auditLogs', 'requestLogs', 'feed'])

/** Removes a row and, like `on_delete=CASCADE`, the rows pointing at it. */
function cascade(ctx: RouteContext, resource: ResourceName, id: unknown): void {
  ctx.store.remove(resource, id)
  for (const [child, fields] of Object.entries(links) as [ResourceName, Record<string, ResourceName>][]) {
    for (const [field, target] of Object.entries(fields)) {
      if (target !== resource) continue
      for (const row of [...ctx.store.tables[child]]) {
        if (Array.isArray(row[field])) row[field] = (row[field] as unknown[]).filter((item) => item !== id)
        else if (row[field] === id && KEPT.has(child)) row[field] = null
        else if (row[field] === id) cascade(ctx, child, row.id)
      }
    }
  }
}

/** `DELETE <resource>/<id>/`: 204, no body. */
export function deleteRecord(resource: ResourceName, id: string, ctx: RouteContext): MockResponse {
  const row = findRow(resource, id, ctx)
  if (isAnswer(row)) return row
  if (!writable(resource, 'DELETE', row, {}, ctx.viewer!, ctx.store)) return forbidden()
  cascade(ctx, resource, row.id)
  audit(ctx, resource, row.id, 'delete', {})
  return { status: 204 }
}
