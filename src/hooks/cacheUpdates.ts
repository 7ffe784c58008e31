import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ResourceName } from '../client/index.ts'
import { detailKey, isDetailKey, listsKey, resourceKey, type ServerRef } from '../internal/queryKeys.ts'

interface Row {
  id: number
}
interface Page {
  count: number
  results: Row[]
}
interface Pages {
  pages: Page[]
}

/** Applies `edit` to a page or to every page of an infinite list (with its index); other data is returned as is. */
function editPages(data: unknown, edit: (page: Page, index: number) => Page): unknown {
  if (!data || typeof data !== 'object') return data
  if ('pages' in data) return { ...(data as Pages), pages: (data as Pages).pages.map(edit) }
  return 'results' in data ? edit(data as Page, 0) : data
}

/** The row of record `pk` in a cached page or infinite list, if it holds one. @internal */
export function findRow(data: unknown, pk: number): object | undefined {
  if (!data || typeof data !== 'object') return undefined
  const pages = 'pages' in data ? (data as Pages).pages : 'results' in data ? [data as Page] : []
  for (const page of pages) {
    const row = page.results.find((candidate) => candidate.id === pk)
    if (row) return row
  }
  return undefined
}

/** Runs `update` over the cached lists (pages and infinite) of a resource. */
function editLists(queryClient: QueryClient, server: ServerRef, resource: ResourceName, edit: (page: Page) => Page): void {
  queryClient.setQueriesData({ queryKey: listsKey(server, resource) }, (data: unknown) => editPages(data, edit))
}

/** Removes a record from every cached list page and marks its detail entry as not found (`null`). @internal */
export function dropRecord(queryClient: QueryClient, server: ServerRef, resource: ResourceName, pk: number): void {
  const detail = detailKey(server, resource, pk) as QueryKey
  if (queryClient.getQueryData(detail) !== undefined) queryClient.setQueryData(detail, null)
  editLists(queryClient, server, resource, (page) =>
    page.results.some((row) => row.id === pk)
      ? { ...page, count: page.count - 1, results: page.results.filter((row) => row.id !== pk) }
      : page,
  )
}

/** Marks stale every query of a resource except its detail entries: lists, infinite lists, stats. @internal */
export function invalidateCollections(queryClient: QueryClient, server: ServerRef, resource: ResourceName): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: resourceKey(server, resource),
    predicate: (query) => !isDetailKey(query.queryKey),
  })
}

/**
 * Restarts the fetches of a resource that were in flight during a write: their answers may
 * predate it and would overwrite the record just merged (a refetch racing an update must not
 * resurrect stale data). @internal
 */
export function refetchInFlight(queryClient: QueryClient, server: ServerRef, resource: ResourceName): Promise<void> {
  return queryClient.refetchQueries(
    { queryKey: resourceKey(server, resource), predicate: (query) => query.state.fetchStatus === 'fetching' },
    { cancelRefetch: true },
  )
}

/**
 * Rows hidden by optimistic deletes, per list page (`<query hash>#<page index>`): each row's
 * index in the page as the server sent it, hidden rows counted, so rows put back in any order
 * land where they were. @internal
 */
export type HiddenRows = Map<string, Map<number, number>>

function hide(page: Page, pk: number, index: number, hidden: Map<number, number>): Page {
  let at = index
  for (const other of [...hidden.values()].sort((a, b) => a - b)) if (other <= at) at += 1
  hidden.set(pk, at)
  return { ...page, count: page.count - 1, results: page.results.filter((candidate) => candidate.id !== pk) }
}

function putBack(page: Page, pk: number, row: object, hidden: Map<number, number>): Page {
  const at = hidden.get(pk)
  if (at === undefined) return page
  hidden.delete(pk)
  const before = [...hidden.values()].filter((other) => other < at).length
  const results = [...page.results]
  results.splice(at - before, 0, row as Row)
  return { ...page, count: page.count + 1, results }
}

/** One list page: `row` written in place, or put back where it was hidden, or hidden (`null`). */
function showInPage(page: Page, pk: number, row: object | null, place: string, hidden: HiddenRows): Page {
  const index = page.results.findIndex((candidate) => candidate.id === pk)
  let rows = hidden.get(place)
  if (!rows) hidden.set(place, (rows = new Map()))
  if (row === null) return index < 0 ? page : hide(page, pk, index, rows)
  if (index >= 0) return { ...page, results: page.results.map((candidate) => (candidate.id === pk ? { ...candidate, ...row } : candidate)) }
  return putBack(page, pk, row, rows)
}

/** Forgets where record `pk` was hidden, once no write of it can put it back. @internal */
export function forgetHidden(hidden: HiddenRows, pk: number): void {
  for (const rows of hidden.values()) rows.delete(pk)
}

/** Forgets the hidden rows of a list whose data the server just replaced. @internal */
export function forgetHiddenIn(hidden: HiddenRows, queryHash: string): void {
  for (const place of hidden.keys()) if (place.startsWith(`${queryHash}#`)) hidden.delete(place)
}

/**
 * Shows one state of a record in every cache view: its detail entry and each list page holding it.
 * `null` hides the row (remembering its place in `hidden`), a record puts it back there;
 * `undefined` (never cached) changes nothing. @internal
 */
export function showRecord(
  queryClient: QueryClient,
  server: ServerRef,
  resource: ResourceName,
  pk: number,
  record: object | null | undefined,
  hidden: HiddenRows,
): void {
  if (record === undefined) return
  const detail = detailKey(server, resource, pk) as QueryKey
  if (queryClient.getQueryData(detail) !== undefined) queryClient.setQueryData(detail, record)
  for (const query of queryClient.getQueryCache().findAll({ queryKey: listsKey(server, resource) })) {
    const data = query.state.data
    const next = editPages(data, (page, index) => showInPage(page, pk, record, `${query.queryHash}#${index}`, hidden))
    if (next !== data) queryClient.setQueryData(query.queryKey, next)
  }
}
