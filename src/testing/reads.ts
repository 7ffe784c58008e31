import type { ResourceName } from '../client/resources.ts'
import { listable, readable, staffOnly } from './access.ts'
import { detail, forbidden, type MockResponse, type RouteContext } from './context.ts'
import { applyFilters, type QueryErrors } from './filters.ts'
import { applyOrder, applySearch, paginate } from './listing.ts'
import { modelNames, searchFields } from './relations.ts'
import { serialize } from './serialize.ts'
import { resourceFilters } from '../client/filters.gen.ts'
import type { FilterKind } from './spec/types.ts'
import type { Row } from './types.ts'

/** Records of a list after visibility, filters, search and ordering (no paging); errors: 400. */
export function query(resource: ResourceName, ctx: RouteContext, filters: Readonly<Record<string, FilterKind>> = resourceFilters[resource]): Record<string, unknown>[] | MockResponse {
  const { store, viewer } = ctx
  const rows = store.tables[resource].filter((row) => listable(resource, row, viewer!, store))
  const errors: QueryErrors = {}
  const filtered = applyFilters(rows.map((row) => serialize(resource, row, store)), ctx.query, filters, errors)
  if (Object.keys(errors).length) return { status: 400, body: errors }
  return applyOrder(applySearch(filtered, ctx.query._search, searchFields[resource]), ctx.query._order)
}

/** `GET <resource>/`: one page. */
export function listRecords(resource: ResourceName, ctx: RouteContext): MockResponse {
  if (staffOnly(resource) && !ctx.viewer!.isStaff) return forbidden()
  const records = query(resource, ctx)
  return Array.isArray(records) ? { status: 200, body: paginate(records, ctx.url) } : records
}

/** The stored row a detail path addresses, or the 404/403 answer. */
export function findRow(resource: ResourceName, id: string, ctx: RouteContext): Row | MockResponse {
  const { store, viewer } = ctx
  const notFound = detail(404, `No ${modelNames[resource]} matches the given query.`)
  const row = /^\d+$/.test(id) ? store.find(resource, Number(id)) : undefined
  if (!row) return notFound
  if (staffOnly(resource) && !viewer!.isStaff) return forbidden()
  // Clusters are filtered by access mode in lists only: Keystone exempts retrieve, update and
  // delete from that filter, so any cluster can be read by id.
  return readable(resource, row, viewer!, store) ? row : forbidden()
}

/** `GET <resource>/<id>/`. */
export function retrieveRecord(resource: ResourceName, id: string, ctx: RouteContext): MockResponse {
  const row = findRow(resource, id, ctx)
  return 'id' in row ? { status: 200, body: serialize(resource, row, ctx.store) } : row
}
