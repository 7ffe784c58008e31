import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ResourceName } from '../client/index.ts'
import { detailKey, isDetailKey, listsKey, resourceKey, type ServerRef } from './keystoneKeys.ts'

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

/** A snapshot of every query of a resource, to restore exactly after a refused optimistic write. @internal */
export type Snapshot = [QueryKey, unknown][]

/** Applies `edit` to the rows of a page or of every page of an infinite list; other data is returned as is. */
function editPages(data: unknown, edit: (page: Page) => Page): unknown {
  if (!data || typeof data !== 'object') return data
  if ('pages' in data) return { ...(data as Pages), pages: (data as Pages).pages.map(edit) }
  return 'results' in data ? edit(data as Page) : data
}

/** Runs `update` over the cached lists (pages and infinite) of a resource. */
function editLists(queryClient: QueryClient, server: ServerRef, resource: ResourceName, edit: (page: Page) => Page): void {
  queryClient.setQueriesData({ queryKey: listsKey(server, resource) }, (data: unknown) => editPages(data, edit))
}

/** Writes a record (or the fields of one) into its detail entry and every cached list page holding it. @internal */
export function mergeRecord(queryClient: QueryClient, server: ServerRef, resource: ResourceName, pk: number, fields: object): void {
  queryClient.setQueryData(detailKey(server, resource, pk) as QueryKey, (old: unknown) =>
    old ? { ...old, ...fields } : undefined,
  )
  editLists(queryClient, server, resource, (page) =>
    page.results.some((row) => row.id === pk)
      ? { ...page, results: page.results.map((row) => (row.id === pk ? { ...row, ...fields } : row)) }
      : page,
  )
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
 * predate it and would overwrite the record just merged (issue 7: a refetch racing an update
 * must not resurrect stale data). @internal
 */
export function refetchInFlight(queryClient: QueryClient, server: ServerRef, resource: ResourceName): Promise<void> {
  return queryClient.refetchQueries(
    { queryKey: resourceKey(server, resource), predicate: (query) => query.state.fetchStatus === 'fetching' },
    { cancelRefetch: true },
  )
}

/** Stops fetches of a resource, then snapshots its queries (before an optimistic write). @internal */
export async function snapshot(queryClient: QueryClient, server: ServerRef, resource: ResourceName): Promise<Snapshot> {
  const queryKey = resourceKey(server, resource)
  await queryClient.cancelQueries({ queryKey })
  return queryClient.getQueriesData({ queryKey })
}

/** Puts back every entry of a snapshot, exactly as it was. @internal */
export function restore(queryClient: QueryClient, saved: Snapshot | undefined): void {
  for (const [queryKey, data] of saved ?? []) queryClient.setQueryData(queryKey, data)
}
