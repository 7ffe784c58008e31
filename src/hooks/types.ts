import type {
  DataTag,
  InfiniteData,
  OmitKeyof,
  QueryFunction,
  QueryKey,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
} from '@tanstack/react-query'
import type { KeystoneError, ListParams, PageOf, RecordOf, ResourceName, SessionKey } from '../client/index.ts'

/** The first two segments of every Keystone query key: `['keystone', <server baseUrl>]` (every session of the server). */
export type ServerKey = readonly ['keystone', string]
/** The first three segments: `['keystone', <server baseUrl>, <session>]`, one user's queries. */
export type SessionScopeKey = readonly ['keystone', string, SessionKey]
/** A query key tagged with the data it holds, so `getQueryData(key)` is typed. */
export type KeystoneKey<TKey extends QueryKey, TData> = DataTag<TKey, TData, KeystoneError>
/** Key of one list page: `['keystone', server, session, resource, 'list', params]`. */
export type ListKey<R extends ResourceName> = KeystoneKey<readonly ['keystone', string, SessionKey, R, 'list', ListParams<R>], PageOf<R>>
/** Key of an infinite list: `['keystone', server, session, resource, 'list', params, 'infinite']`. */
export type InfiniteKey<R extends ResourceName> = KeystoneKey<
  readonly ['keystone', string, SessionKey, R, 'list', ListParams<R>, 'infinite'],
  InfiniteData<PageOf<R>, number>
>
/** Key of one record: `['keystone', server, session, resource, 'detail', pk]`; `null` means not found. */
export type DetailKey<R extends ResourceName> = KeystoneKey<readonly ['keystone', string, SessionKey, R, 'detail', number], RecordOf<R> | null>

/** Options returned by the query factories: ready for `useQuery`, `prefetchQuery`, `ensureQueryData`, `useSuspenseQuery`. */
export type KeystoneQueryOptions<TData, TKey extends QueryKey> = OmitKeyof<
  UseQueryOptions<TData, KeystoneError, TData, TKey>,
  'queryKey' | 'queryFn'
> & { queryKey: KeystoneKey<TKey, TData>; queryFn: QueryFunction<TData, TKey> }

/** Options returned by the infinite-list factories, ready for `useInfiniteQuery` or `prefetchInfiniteQuery`. */
export type KeystoneInfiniteOptions<R extends ResourceName> = OmitKeyof<
  UseInfiniteQueryOptions<PageOf<R>, KeystoneError, InfiniteData<PageOf<R>, number>, InfiniteKey<R>, number>,
  'queryKey' | 'queryFn'
> & {
  queryKey: InfiniteKey<R>
  queryFn: QueryFunction<PageOf<R>, InfiniteKey<R>, number>
  initialPageParam: number
}

/** TanStack options a query hook accepts (`enabled`, `select`, `staleTime`...); `select` changes `TData`. */
export type QueryHookOptions<TQueryFnData, TData = TQueryFnData> = OmitKeyof<
  UseQueryOptions<TQueryFnData, KeystoneError, TData, QueryKey>,
  'queryKey' | 'queryFn'
>

/** TanStack options an infinite-list hook accepts. */
export type InfiniteHookOptions<R extends ResourceName, TData = InfiniteData<PageOf<R>, number>> = OmitKeyof<
  UseInfiniteQueryOptions<PageOf<R>, KeystoneError, TData, QueryKey, number>,
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
