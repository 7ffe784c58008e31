import { type InfiniteData, queryOptions } from '@tanstack/react-query'
import type {
  ChoicesName,
  ChoicesOf,
  DetailResource,
  HttpClient,
  KeystoneConfig,
  KeystoneUser,
  ListParams,
  PageOf,
  RecordOf,
  ResourceName,
  StatsFiltersOf,
  StatsName,
  StatsOf,
} from '../client/index.ts'
import { choices, getConfig, getHealth, getVersion, list, retrieve, stats, whoami } from '../client/operations.ts'
import {
  type ChoicesKey,
  choicesKey,
  configKey,
  type DetailKey,
  detailKey,
  healthKey,
  type ListKey,
  listKey,
  readList,
  readStats,
  type ServerQueryKey,
  type StatsKey,
  statsKey,
  versionKey,
  whoamiKey,
} from '../internal/queryKeys.ts'
import { infiniteQuery } from './infiniteQuery.ts'
import type { InfiniteHookOptions, KeystoneInfiniteOptions, KeystoneQueryOptions, QueryHookOptions } from './types.ts'

type ServerQuery<TName extends string, TData, TSelected> = KeystoneQueryOptions<TData, ServerQueryKey<TName, TData>, TSelected>

/**
 * The query-options factories, for `useQuery`, `prefetchQuery`, `ensureQueryData` and
 * `useSuspenseQuery`. Each takes TanStack's options last (`select`, `enabled`, `staleTime`...),
 * as the hooks pass theirs; the request is read back from the key, so both always agree.
 */
export interface KeystoneQueries {
  /** One page of a resource. */
  list<R extends ResourceName, TData = PageOf<R>>(
    client: HttpClient,
    resource: R,
    params?: ListParams<R>,
    options?: QueryHookOptions<PageOf<R>, TData, ListKey<R>>,
  ): KeystoneQueryOptions<PageOf<R>, ListKey<R>, TData>
  /** An offset-paged infinite list; `params.limit` is the page size, `params.offset` the first offset. */
  infinite<R extends ResourceName, TData = InfiniteData<PageOf<R>, number>>(
    client: HttpClient,
    resource: R,
    params?: ListParams<R>,
    options?: InfiniteHookOptions<R, TData>,
  ): KeystoneInfiniteOptions<R, TData>
  /** One record by primary key; `null` when it does not exist. */
  detail<R extends DetailResource, TData = RecordOf<R> | null>(
    client: HttpClient,
    resource: R,
    pk: number,
    options?: QueryHookOptions<RecordOf<R> | null, TData, DetailKey<R>>,
  ): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>, TData>
  /** A choices endpoint: `{ code: label }` (never stale). */
  choices<C extends ChoicesName, TData = ChoicesOf<C>>(
    client: HttpClient,
    name: C,
    options?: QueryHookOptions<ChoicesOf<C>, TData, ChoicesKey<C>>,
  ): KeystoneQueryOptions<ChoicesOf<C>, ChoicesKey<C>, TData>
  /** A stats endpoint over the records matching `filters`. */
  stats<S extends StatsName, TData = StatsOf<S>>(
    client: HttpClient,
    name: S,
    filters?: StatsFiltersOf<S>,
    options?: QueryHookOptions<StatsOf<S>, TData, StatsKey<S>>,
  ): KeystoneQueryOptions<StatsOf<S>, StatsKey<S>, TData>
  /** The session user, `null` when anonymous. */
  whoami<TData = KeystoneUser | null>(client: HttpClient, options?: QueryHookOptions<KeystoneUser | null, TData, ServerQueryKey<'whoami', KeystoneUser | null>>): ServerQuery<'whoami', KeystoneUser | null, TData>
  /** Server configuration. */
  config<TData = KeystoneConfig>(client: HttpClient, options?: QueryHookOptions<KeystoneConfig, TData, ServerQueryKey<'config', KeystoneConfig>>): ServerQuery<'config', KeystoneConfig, TData>
  /** API version. */
  version<TData = string>(client: HttpClient, options?: QueryHookOptions<string, TData, ServerQueryKey<'version', string>>): ServerQuery<'version', string, TData>
  /** Whether every health check passes. */
  health<TData = boolean>(client: HttpClient, options?: QueryHookOptions<boolean, TData, ServerQueryKey<'health', boolean>>): ServerQuery<'health', boolean, TData>
}

// One function per factory, so a bundle holds only the factories its hooks use; `keystoneQueries` gathers them.

/** `keystoneQueries.list`. @internal */
export const listQuery: KeystoneQueries['list'] = (client, resource, params, options) =>
  queryOptions({ ...options, queryKey: listKey(client, resource, params), queryFn: ({ queryKey, signal }) => list(client, ...readList(queryKey), { signal }) })

/** `keystoneQueries.detail`. @internal */
export const detailQuery: KeystoneQueries['detail'] = (client, resource, pk, options) =>
  queryOptions({ ...options, queryKey: detailKey(client, resource, pk), queryFn: ({ signal }) => retrieve(client, resource, pk, { signal }) })

/** `keystoneQueries.choices`. @internal */
export const choicesQuery: KeystoneQueries['choices'] = (client, name, options) =>
  queryOptions({ ...options, queryKey: choicesKey(client, name), queryFn: ({ signal }) => choices(client, name, { signal }), staleTime: Infinity })

/** `keystoneQueries.stats`. @internal */
export const statsQuery: KeystoneQueries['stats'] = (client, name, filters, options) =>
  queryOptions({ ...options, queryKey: statsKey(client, name, filters), queryFn: ({ queryKey, signal }) => stats(client, ...readStats(queryKey), { signal }) })

/** The factory of a server-wide query: its key, and the request it sends. */
function serverQuery<TName extends string, TData>(
  key: (server: HttpClient) => ServerQueryKey<TName, TData>,
  fetch: (client: HttpClient, options: { signal: AbortSignal }) => Promise<TData>,
): <TSelected = TData>(client: HttpClient, options?: QueryHookOptions<TData, TSelected, ServerQueryKey<TName, TData>>) => ServerQuery<TName, TData, TSelected> {
  return (client, options) => queryOptions({ ...options, queryKey: key(client), queryFn: ({ signal }) => fetch(client, { signal }) })
}

/** `keystoneQueries.whoami`. @internal */
export const whoamiQuery: KeystoneQueries['whoami'] = /* @__PURE__ */ serverQuery(whoamiKey, whoami)
/** `keystoneQueries.config`. @internal */
export const configQuery: KeystoneQueries['config'] = /* @__PURE__ */ serverQuery(configKey, getConfig)
/** `keystoneQueries.version`. @internal */
export const versionQuery: KeystoneQueries['version'] = /* @__PURE__ */ serverQuery(versionKey, getVersion)
/** `keystoneQueries.health`. @internal */
export const healthQuery: KeystoneQueries['health'] = /* @__PURE__ */ serverQuery(healthKey, getHealth)

/**
 * Query options for every Keystone read; hooks are thin wrappers over these.
 * @example
 * await queryClient.ensureQueryData(keystoneQueries.detail(client, 'clusters', 1))
 * const { data } = useSuspenseQuery(keystoneQueries.list(client, 'clusters', { limit: 20 }))
 */
export const keystoneQueries: KeystoneQueries = {
  list: listQuery,
  infinite: infiniteQuery,
  detail: detailQuery,
  choices: choicesQuery,
  stats: statsQuery,
  whoami: whoamiQuery,
  config: configQuery,
  version: versionQuery,
  health: healthQuery,
}

/** The query factories of a resource that has records by primary key. */
interface QueryFactories<R extends ResourceName> {
  /** One page. */
  list<TData = PageOf<R>>(client: HttpClient, params?: ListParams<R>, options?: QueryHookOptions<PageOf<R>, TData, ListKey<R>>): KeystoneQueryOptions<PageOf<R>, ListKey<R>, TData>
  /** An infinite list. */
  infinite<TData = InfiniteData<PageOf<R>, number>>(client: HttpClient, params?: ListParams<R>, options?: InfiniteHookOptions<R, TData>): KeystoneInfiniteOptions<R, TData>
  /** One record by primary key; `null` when it does not exist. */
  detail<TData = RecordOf<R> | null>(
    client: HttpClient,
    pk: number,
    options?: QueryHookOptions<RecordOf<R> | null, TData, DetailKey<R>>,
  ): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>, TData>
}

/**
 * The query factories of one resource, with the client as first argument: `clusterQueries.list(client, params)`;
 * `detail` only where the resource has records by primary key.
 */
export type ResourceQueries<R extends ResourceName> = Omit<QueryFactories<R>, 'detail'> & (R extends DetailResource ? Pick<QueryFactories<R>, 'detail'> : unknown)

/** Makes the query factories of one resource. */
export function resourceQueries<R extends DetailResource>(resource: R): ResourceQueries<R>
/** Makes the query factories of a list-only resource. */
export function resourceQueries<R extends ResourceName>(resource: R): ResourceQueries<R>
export function resourceQueries<R extends DetailResource>(resource: R): QueryFactories<R> {
  return {
    list: (client, params, options) => listQuery(client, resource, params, options),
    infinite: (client, params, options) => infiniteQuery(client, resource, params, options),
    detail: (client, pk, options) => detailQuery(client, resource, pk, options),
  }
}
