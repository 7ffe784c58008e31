import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query'
import { list } from '../client/operations.ts'
import { infiniteKey, readList } from '../internal/queryKeys.ts'
import type { HttpClient, ListParams, PageOf, ResourceName } from '../client/index.ts'
import type { InfiniteHookOptions, KeystoneInfiniteOptions } from './types.ts'

// Its own module, so bundles without an infinite list leave `infiniteQueryOptions` out.

/** Next offset after `last`, or `undefined` at the end (Keystone's `next` is null on the last page). */
function nextOffset(last: { next?: string | null; results: unknown[] }, _pages: unknown, lastOffset: number): number | undefined {
  return last.next && last.results.length ? lastOffset + last.results.length : undefined
}

/** `keystoneQueries.infinite`. @internal */
export function infiniteQuery<R extends ResourceName, TData = InfiniteData<PageOf<R>, number>>(
  client: HttpClient,
  resource: R,
  params?: ListParams<R>,
  options?: InfiniteHookOptions<R, TData>,
): KeystoneInfiniteOptions<R, TData> {
  const queryKey = infiniteKey(client, resource, params)
  return infiniteQueryOptions({
    ...options,
    queryKey,
    queryFn: ({ queryKey: key, signal, pageParam }) => {
      const [name, sent] = readList(key)
      return list(client, name, { ...sent, offset: pageParam }, { signal })
    },
    initialPageParam: readList(queryKey)[1]?.offset ?? 0,
    getNextPageParam: nextOffset,
  })
}
