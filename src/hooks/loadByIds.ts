import type { DetailResource, HttpClient, ListParams, RecordOf } from '../client/index.ts'
import { list } from '../client/operations.ts'
import { queryOptions } from '@tanstack/react-query'
import { type DetailKey, detailKey } from '../internal/queryKeys.ts'
import type { KeystoneQueryOptions } from './types.ts'

/** Ids per `id__in=` request; `limit` is set to the chunk size so one page holds them all. */
const CHUNK = 100

type Page = { results: { id: number }[] }

/** The loads of one resource in one tick: the position of each id, and the pages of the flush. */
interface Batch {
  ids: Map<number, number>
  pages: Promise<Promise<Page>[]>
}

// Batches waiting to be flushed, by client and resource; each is flushed once, on the next tick.
const batches = /* @__PURE__ */ new WeakMap<HttpClient, Map<string, Batch>>()

/** One list request per chunk of `ids`. */
function request(client: HttpClient, resource: DetailResource, ids: number[]): Promise<Page>[] {
  const pages = []
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    pages.push(list(client, resource, { filters: { id__in: chunk }, limit: chunk.length } as ListParams<typeof resource>) as Promise<Page>)
  }
  return pages
}

/**
 * Loads one record; every load of the same resource in the same tick (across components) is
 * merged into one `id__in=` list request per 100 ids. Resolves `null` when the record is not visible.
 */
export function loadById<R extends DetailResource>(client: HttpClient, resource: R, pk: number): Promise<RecordOf<R> | null> {
  let byResource = batches.get(client)
  if (!byResource) batches.set(client, (byResource = new Map()))
  let batch = byResource.get(resource)
  if (!batch) {
    const ids = new Map<number, number>()
    const waiting = byResource
    const pages = new Promise<Promise<Page>[]>((resolve) =>
      setTimeout(() => {
        waiting.delete(resource)
        resolve(request(client, resource, [...ids.keys()]))
      }, 0),
    )
    byResource.set(resource, (batch = { ids, pages }))
  }
  const { ids, pages } = batch
  if (!ids.has(pk)) ids.set(pk, ids.size)
  const chunk = Math.floor((ids.get(pk) as number) / CHUNK)
  return pages.then((all) => all[chunk] as Promise<Page>).then((page) => (page.results.find((record) => record.id === pk) ?? null) as RecordOf<R> | null)
}

/**
 * Detail-query options whose fetch is merged with its neighbours' by {@link loadById}: the
 * records land in (and are read from) each record's detail entry.
 */
export function byIdQuery<R extends DetailResource>(
  client: HttpClient,
  resource: R,
  pk: number,
): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>> {
  return queryOptions({ queryKey: detailKey(client, resource, pk), queryFn: () => loadById(client, resource, pk) })
}
