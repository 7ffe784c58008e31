'use client'
import { type InfiniteData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query'
import { type KeystoneError, type ListParams, type PageOf, type ResourceName, resources } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { infiniteQuery } from './infiniteQuery.ts'
import type { InfiniteHookOptions } from './types.ts'

// Its own module, so bundles without an infinite hook leave `useInfiniteQuery` out.

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useInfiniteClusters(params?, options?)`: offset pages, `fetchNextPage()` until `next` is null. */
export type InfiniteHook<R extends ResourceName> = <TData = InfiniteData<PageOf<R>, number>>(
  params?: ListParams<R>,
  options?: InfiniteHookOptions<R, TData>,
) => UseInfiniteQueryResult<TData, KeystoneError>

/** Makes the infinite list hook of a resource. */
export function infiniteHook<R extends ResourceName>(resource: R): InfiniteHook<R> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `useInfinite${resources[resource].many}` : ''
  return function useInfinite(params, options) {
    const { client, queryClient } = useKeystoneContext(name)
    return useInfiniteQuery(infiniteQuery(client, resource, params, options), queryClient)
  }
}
