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
  SessionKey,
  StatsFiltersOf,
  StatsName,
  StatsOf,
} from '../client/index.ts'
import { choices, getConfig, getHealth, getVersion, list, retrieve, stats, whoami } from '../client/operations.ts'
import {
  choicesKey,
  configKey,
  detailKey,
  healthKey,
  infiniteKey,
  type keystoneKeys,
  listKey,
  statsKey,
  versionKey,
  whoamiKey,
} from './keystoneKeys.ts'
import type { DetailKey, KeystoneInfiniteOptions, KeystoneKey, KeystoneQueryOptions, ListKey } from './types.ts'

type ServerQuery<TName extends string, TData> = KeystoneQueryOptions<TData, readonly ['keystone', string, SessionKey, TName]>

/** The query-options factories, for `useQuery`, `prefetchQuery`, `ensureQueryData` and `useSuspenseQuery`. */
export interface KeystoneQueries {
  /** One page of a resource. */
  list<R extends ResourceName>(client: HttpClient, resource: R, params?: ListParams<R>): KeystoneQueryOptions<PageOf<R>, ListKey<R>>
  /** An offset-paged infinite list; `params.limit` is the page size, `params.offset` the first offset. */
  infinite<R extends ResourceName>(client: HttpClient, resource: R, params?: ListParams<R>): KeystoneInfiniteOptions<R>
  /** One record by primary key; `null` when it does not exist. */
  detail<R extends DetailResource>(client: HttpClient, resource: R, pk: number): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>>
  /** A choices endpoint: `{ code: label }` (never stale). */
  choices<C extends ChoicesName>(
    client: HttpClient,
    name: C,
  ): KeystoneQueryOptions<ChoicesOf<C>, KeystoneKey<readonly ['keystone', string, SessionKey, 'choices', C], ChoicesOf<C>>>
  /** A stats endpoint over the records matching `filters`. */
  stats<S extends StatsName>(client: HttpClient, name: S, filters?: StatsFiltersOf<S>): KeystoneQueryOptions<StatsOf<S>, ReturnType<typeof keystoneKeys.stats<S>>>
  /** The session user, `null` when anonymous. */
  whoami(client: HttpClient): ServerQuery<'whoami', KeystoneUser | null>
  /** Server configuration. */
  config(client: HttpClient): ServerQuery<'config', KeystoneConfig>
  /** API version. */
  version(client: HttpClient): ServerQuery<'version', string>
  /** Whether every health check passes. */
  health(client: HttpClient): ServerQuery<'health', boolean>
}

/** Next offset after `last`, or `undefined` at the end (NOTES.md, Lists: `next` is null on the last page). */
function nextOffset(last: { next?: string | null; results: unknown[] }, _pages: unknown, lastOffset: number): number | undefined {
  return last.next && last.results.length ? lastOffset + last.results.length : undefined
}

// One function per factory, so a bundle holds only the factories its hooks use; `keystoneQueries` gathers them.

/** `keystoneQueries.list`. @internal */
export const listQuery: KeystoneQueries['list'] = (client, resource, params) => ({
  queryKey: listKey(client, resource, params),
  queryFn: ({ signal }) => list(client, resource, params, { signal }),
})

/** `keystoneQueries.infinite`. @internal */
export const infiniteQuery: KeystoneQueries['infinite'] = (client, resource, params) => ({
  queryKey: infiniteKey(client, resource, params),
  queryFn: ({ signal, pageParam }) => list(client, resource, { ...params, offset: pageParam }, { signal }),
  initialPageParam: params?.offset ?? 0,
  getNextPageParam: nextOffset,
})

/** `keystoneQueries.detail`. @internal */
export const detailQuery: KeystoneQueries['detail'] = (client, resource, pk) => ({
  queryKey: detailKey(client, resource, pk),
  queryFn: ({ signal }) => retrieve(client, resource, pk, { signal }),
})

/** `keystoneQueries.choices`. @internal */
export const choicesQuery: KeystoneQueries['choices'] = (client, name) => ({
  queryKey: choicesKey(client, name),
  queryFn: ({ signal }) => choices(client, name, { signal }),
  staleTime: Infinity,
})

/** `keystoneQueries.stats`. @internal */
export const statsQuery: KeystoneQueries['stats'] = (client, name, filters) => ({
  queryKey: statsKey(client, name, filters),
  queryFn: ({ signal }) => stats(client, name, filters, { signal }),
})

/** `keystoneQueries.whoami`. @internal */
export const whoamiQuery: KeystoneQueries['whoami'] = (client) => ({ queryKey: whoamiKey(client), queryFn: ({ signal }) => whoami(client, { signal }) })
/** `keystoneQueries.config`. @internal */
export const configQuery: KeystoneQueries['config'] = (client) => ({ queryKey: configKey(client), queryFn: ({ signal }) => getConfig(client, { signal }) })
/** `keystoneQueries.version`. @internal */
export const versionQuery: KeystoneQueries['version'] = (client) => ({ queryKey: versionKey(client), queryFn: ({ signal }) => getVersion(client, { signal }) })
/** `keystoneQueries.health`. @internal */
export const healthQuery: KeystoneQueries['health'] = (client) => ({ queryKey: healthKey(client), queryFn: ({ signal }) => getHealth(client, { signal }) })

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

/** The query factories of one resource, with the client as first argument: `clusterQueries.list(client, params)`. */
export type ResourceQueries<R extends ResourceName> = {
  /** One page. */
  list(client: HttpClient, params?: ListParams<R>): KeystoneQueryOptions<PageOf<R>, ListKey<R>>
  /** An infinite list. */
  infinite(client: HttpClient, params?: ListParams<R>): KeystoneInfiniteOptions<R>
} & (R extends DetailResource
  ? {
      /** One record by primary key; `null` when it does not exist. */
      detail(client: HttpClient, pk: number): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>>
    }
  : unknown)

/** Makes the query factories of one resource. */
export function resourceQueries<R extends ResourceName>(resource: R): ResourceQueries<R> {
  return {
    list: (client: HttpClient, params?: ListParams<R>) => listQuery(client, resource, params),
    infinite: (client: HttpClient, params?: ListParams<R>) => infiniteQuery(client, resource, params),
    detail: (client: HttpClient, pk: number) => detailQuery(client, resource as DetailResource, pk),
  } as never
}
