'use client'
import type { QueryClient, QueryState } from '@tanstack/react-query'
import type { DetailResource, RecordOf } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { findRow } from './cacheUpdates.ts'
import { listsKey, type ServerRef } from './keystoneKeys.ts'

// A detail entry starts from the record's row in a cached list, read when the entry is made
// (TanStack's "initial data from the cache" with `initialDataUpdatedAt`), rather than every list
// answer writing a detail entry per row: nothing is written for records nobody opens, a list
// answer that left the server before a newer detail read can never overwrite it, and bundles
// without a detail hook carry none of this.

/** The `initialData` options that seed detail query `pk` from the cached lists of its resource. */
interface Seed<R extends DetailResource> {
  initialData: () => RecordOf<R> | undefined
  initialDataUpdatedAt: () => number | undefined
}

/**
 * Seeds the detail entry of record `pk` with its row in the newest cached list of `server`'s
 * session holding it, aged as that list (so it is fresh exactly while the list is, and an
 * invalidated list seeds a stale entry). The rows of cached lists already carry the pending
 * optimistic changes of their records, so a seeded entry shows them too. @internal
 */
export function seedFromLists<R extends DetailResource>(queryClient: QueryClient, server: ServerRef, resource: R, pk: number | undefined): Seed<R> {
  // Built now, beside the detail key: a list of another session (a previous user's) never seeds.
  const key = listsKey(server, resource)
  let source: QueryState | undefined
  return {
    initialData: () => {
      // Searched again at every call: TanStack calls it again, with the same options, whenever an
      // entry still without data is fetched, and the lists may have changed since.
      source = undefined
      for (const { state } of queryClient.getQueryCache().findAll({ queryKey: key })) {
        if (findRow(state.data, pk as number) && !(source && source.dataUpdatedAt >= state.dataUpdatedAt)) source = state
      }
      return findRow(source?.data, pk as number) as RecordOf<R> | undefined
    },
    // TanStack reads this right after `initialData` returned a row; with an `initialData` of the
    // caller's own in its place, there is no source and TanStack's default applies.
    initialDataUpdatedAt: () => source && (source.isInvalidated ? 0 : source.dataUpdatedAt),
  }
}

/** {@link seedFromLists} for a detail hook, in the provider's cache and session. @internal */
export function useListSeed<R extends DetailResource>(hookName: string, resource: R, pk: number | undefined): Seed<R> {
  const { client, queryClient } = useKeystoneContext(hookName)
  return seedFromLists(queryClient, client, resource, pk)
}
