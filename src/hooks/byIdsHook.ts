'use client'
import { useQueries } from '@tanstack/react-query'
import { type DetailResource, type KeystoneError, type RecordOf, resources } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { byIdQuery } from './loadByIds.ts'
import { seedFromLists } from './seedDetails.ts'

// Its own module, so bundles without a by-ids hook leave `useQueries` and the id batching out.

/** `useClustersByIds(ids)`: the records, merged into one `id__in=` request per tick and resource. */
export type ByIdsHook<R extends DetailResource> = (ids: readonly number[] | undefined, options?: ByIdsOptions) => ByIdsResult<RecordOf<R>>

/** Options of a by-ids hook. */
export interface ByIdsOptions {
  /** Set `false` to wait. @default true */
  enabled?: boolean
  /** Milliseconds the records stay fresh. @default 0 */
  staleTime?: number
}

/** What a by-ids hook returns. */
export interface ByIdsResult<TRecord> {
  /** The records found, in the order of `ids` (ids not visible to the user are left out). */
  data: TRecord[]
  /** True until every id has been loaded once. */
  isPending: boolean
  /** True while any id is being fetched. */
  isFetching: boolean
  /** True when a request failed. */
  isError: boolean
  /** The first error, or `null`. */
  error: KeystoneError | null
}

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** Makes the by-ids hook of a resource. */
export function byIdsHook<R extends DetailResource>(resource: R): ByIdsHook<R> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${resources[resource].many}ByIds` : ''
  return function useByIds(ids, options) {
    const { client, queryClient } = useKeystoneContext(name)
    const unique = [...new Set(ids)]
    const results = useQueries({ queries: unique.map((pk) => ({ ...seedFromLists(queryClient, client, resource, pk), ...options, ...byIdQuery(client, resource, pk) })) }, queryClient)
    return {
      data: results.flatMap((result) => (result.data ? [result.data] : [])),
      isPending: results.some((result) => result.isPending),
      isFetching: results.some((result) => result.isFetching),
      isError: results.some((result) => result.isError),
      error: results.find((result) => result.error)?.error ?? null,
    }
  }
}

