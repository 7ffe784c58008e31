import type { DetailResource, KeystoneClient, ListParams, RecordOf } from '../client/index.ts'
import { keystoneKeys } from './keystoneKeys.ts'
import type { DetailKey, KeystoneQueryOptions } from './types.ts'

/** Ids per `id__in=` request; `_limit` is set to the chunk size so one page holds them all. */
const CHUNK = 100

interface Waiter {
  resolve: (record: unknown) => void
  reject: (error: unknown) => void
}
type Queue = Map<number, Waiter[]>

// Loads waiting to be merged, by client and resource; flushed once per tick.
const queues = /* @__PURE__ */ new WeakMap<KeystoneClient, Map<string, Queue>>()

function request(client: KeystoneClient, resource: DetailResource, ids: number[], queue: Queue): void {
  const settle = (each: (waiter: Waiter, id: number) => void): void =>
    ids.forEach((id) => queue.get(id)?.forEach((waiter) => each(waiter, id)))
  const params = { filters: { id__in: ids }, limit: ids.length } as ListParams<typeof resource>
  client.list(resource, params).then(
    (page) => {
      const found = new Map((page.results as { id: number }[]).map((record) => [record.id, record]))
      settle((waiter, id) => waiter.resolve(found.get(id) ?? null))
    },
    (error: unknown) => settle((waiter) => waiter.reject(error)),
  )
}

function flush(client: KeystoneClient, resource: DetailResource, queue: Queue): void {
  queues.get(client)?.delete(resource)
  const ids = [...queue.keys()]
  for (let start = 0; start < ids.length; start += CHUNK) request(client, resource, ids.slice(start, start + CHUNK), queue)
}

/**
 * Loads one record; every load of the same resource in the same tick (across components) is
 * merged into one `id__in=` list request per 100 ids. Resolves `null` when the record is not visible.
 */
export function loadById<R extends DetailResource>(client: KeystoneClient, resource: R, pk: number): Promise<RecordOf<R> | null> {
  let byResource = queues.get(client)
  if (!byResource) queues.set(client, (byResource = new Map()))
  let queue = byResource.get(resource)
  if (!queue) {
    const created: Queue = (queue = new Map())
    byResource.set(resource, created)
    setTimeout(() => flush(client, resource, created), 0)
  }
  const waiting = queue
  return new Promise((resolve, reject) => {
    const waiters = waiting.get(pk) ?? []
    waiting.set(pk, [...waiters, { resolve: resolve as (record: unknown) => void, reject }])
  })
}

/**
 * Detail-query options whose fetch is merged with its neighbours' by {@link loadById}: the
 * records land in (and are read from) each record's detail entry.
 */
export function byIdQuery<R extends DetailResource>(
  client: KeystoneClient,
  resource: R,
  pk: number,
): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>> {
  return { queryKey: keystoneKeys.detail(client, resource, pk), queryFn: () => loadById(client, resource, pk) }
}
