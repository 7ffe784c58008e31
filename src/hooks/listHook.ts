'use client'
import { keepPreviousData, type UseQueryResult } from '@tanstack/react-query'
import { type KeystoneError, type ListParams, type PageOf, type ResourceName, resources } from '../client/index.ts'
import type { ListKey } from '../internal/queryKeys.ts'
import { listQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useClusters(params?, options?)`: one page; the previous page stays on screen while the next loads. */
export type ListHook<R extends ResourceName> = <TData = PageOf<R>>(
  params?: ListParams<R>,
  options?: QueryHookOptions<PageOf<R>, TData, ListKey<R>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the one-page list hook of a resource. */
export function listHook<R extends ResourceName>(resource: R): ListHook<R> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${resources[resource].many}` : ''
  return function useList(params, options) {
    return useKeystoneQuery(name, (client) => listQuery(client, resource, params, { placeholderData: keepPreviousData, ...options }))
  }
}
