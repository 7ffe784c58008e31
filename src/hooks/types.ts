import type {
  InfiniteData,
  OmitKeyof,
  QueryKey,
  QueryKeyWithDataTag,
  UnusedSkipTokenInfiniteOptions,
  UnusedSkipTokenOptions,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
} from '@tanstack/react-query'
import type { KeystoneError, PageOf, ResourceName } from '../client/index.ts'
import type { InfiniteKey } from '../internal/queryKeys.ts'

export type { ServerKey, SessionScopeKey, KeystoneKey, ListKey, InfiniteKey, DetailKey } from '../internal/queryKeys.ts'

/**
 * Options returned by the query factories (TanStack's `queryOptions`): ready for `useQuery`,
 * `prefetchQuery`, `ensureQueryData`, `useSuspenseQuery`; the key carries `TData`. `TSelected` is
 * what a `select` passed to the factory makes of it.
 */
export type KeystoneQueryOptions<TData, TKey extends QueryKey, TSelected = TData> = UnusedSkipTokenOptions<TData, KeystoneError, TSelected, TKey> &
  QueryKeyWithDataTag<TKey, TData, KeystoneError>

/** Options returned by the infinite-list factories (TanStack's `infiniteQueryOptions`), ready for `useInfiniteQuery` or `prefetchInfiniteQuery`. */
export type KeystoneInfiniteOptions<R extends ResourceName, TData = InfiniteData<PageOf<R>, number>> = UnusedSkipTokenInfiniteOptions<
  PageOf<R>,
  KeystoneError,
  TData,
  InfiniteKey<R>,
  number
> &
  QueryKeyWithDataTag<InfiniteKey<R>, InfiniteData<PageOf<R>, number>, KeystoneError>

/**
 * TanStack options a query hook accepts (`enabled`, `select`, `staleTime`...); `select` changes
 * `TData`. `TKey` is the key the query's callbacks (`enabled: (query) => ...`) see.
 */
export type QueryHookOptions<TQueryFnData, TData = TQueryFnData, TKey extends QueryKey = QueryKey> = OmitKeyof<
  UseQueryOptions<TQueryFnData, KeystoneError, TData, TKey>,
  'queryKey' | 'queryFn'
>

/** TanStack options an infinite-list hook accepts. */
export type InfiniteHookOptions<R extends ResourceName, TData = InfiniteData<PageOf<R>, number>> = OmitKeyof<
  UseInfiniteQueryOptions<PageOf<R>, KeystoneError, TData, InfiniteKey<R>, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/** Options returned by the mutation factories, ready for `useMutation`. */
export type KeystoneMutationOptions<TData, TVariables, TContext = unknown> = UseMutationOptions<
  TData,
  KeystoneError,
  TVariables,
  TContext
> & { mutationKey: QueryKey }

/** TanStack options a mutation hook accepts; `onSuccess`/`onError`/`onSettled` run after the cache updates. */
export type MutationHookOptions<TData, TVariables> = OmitKeyof<
  UseMutationOptions<TData, KeystoneError, TVariables, unknown>,
  'mutationFn' | 'mutationKey' | 'onMutate' | 'retry'
> & {
  /**
   * Show the change in the cache at once; a refused write takes back only its own change (the
   * other pending changes stay on top of the server's last answer). @default false
   */
  optimistic?: boolean
}
