'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import { type DetailResource, type KeystoneError, type RecordOf, resources } from '../client/index.ts'
import type { DetailKey } from '../internal/queryKeys.ts'
import { detailQuery } from './keystoneQueries.ts'
import { useListSeed } from './seedDetails.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useCluster(pk, options?)`: one record (`null` when not found); disabled while `pk` is undefined. */
export type DetailHook<R extends DetailResource> = <TData = RecordOf<R> | null>(
  pk: number | undefined,
  options?: QueryHookOptions<RecordOf<R> | null, TData, DetailKey<R>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the one-record hook of a resource. */
export function detailHook<R extends DetailResource>(resource: R): DetailHook<R> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${resources[resource].one}` : ''
  return function useDetail(pk, options) {
    // Opened from a list, the record starts from its cached row (no request while the list is fresh).
    const seed = useListSeed(name, resource, pk)
    // Disabled while pk is undefined, so that key is never fetched.
    return useKeystoneQuery(name, (client) => detailQuery(client, resource, pk ?? NaN, { ...seed, ...options, enabled: pk === undefined ? false : options?.enabled }))
  }
}
