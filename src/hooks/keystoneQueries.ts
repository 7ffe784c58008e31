import type {
  ChoicesName,
  ChoicesOf,
  DetailResource,
  KeystoneClient,
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
import { keystoneKeys } from './keystoneKeys.ts'
import type { DetailKey, KeystoneInfiniteOptions, KeystoneKey, KeystoneQueryOptions, ListKey } from './types.ts'

type ServerQuery<TName extends string, TData> = KeystoneQueryOptions<TData, readonly ['keystone', string, TName]>

/** The query-options factories, for `useQuery`, `prefetchQuery`, `ensureQueryData` and `useSuspenseQuery`. */
export interface KeystoneQueries {
  /** One page of a resource. */
  list<R extends ResourceName>(client: KeystoneClient, resource: R, params?: ListParams<R>): KeystoneQueryOptions<PageOf<R>, ListKey<R>>
  /** An offset-paged infinite list; `params.limit` is the page size, `params.offset` the first offset. */
  infinite<R extends ResourceName>(client: KeystoneClient, resource: R, params?: ListParams<R>): KeystoneInfiniteOptions<R>
  /** One record by primary key; `null` when it does not exist. */
  detail<R extends DetailResource>(client: KeystoneClient, resource: R, pk: number): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>>
  /** A choices endpoint: `{ code: label }` (never stale). */
  choices<C extends ChoicesName>(
    client: KeystoneClient,
    name: C,
  ): KeystoneQueryOptions<ChoicesOf<C>, KeystoneKey<readonly ['keystone', string, 'choices', C], ChoicesOf<C>>>
  /** A stats endpoint over the records matching `filters`. */
  stats<S extends StatsName>(client: KeystoneClient, name: S, filters?: StatsFiltersOf<S>): KeystoneQueryOptions<StatsOf<S>, ReturnType<typeof keystoneKeys.stats<S>>>
  /** The session user, `null` when anonymous. */
  whoami(client: KeystoneClient): ServerQuery<'whoami', KeystoneUser | null>
  /** Server configuration. */
  config(client: KeystoneClient): ServerQuery<'config', KeystoneConfig>
  /** API version. */
  version(client: KeystoneClient): ServerQuery<'version', string>
  /** Whether every health check passes. */
  health(client: KeystoneClient): ServerQuery<'health', boolean>
}

/** Next offset after `last`, or `undefined` at the end (NOTES.md, Lists: `next` is null on the last page). */
function nextOffset(last: { next?: string | null; results: unknown[] }, _pages: unknown, lastOffset: number): number | undefined {
  return last.next && last.results.length ? lastOffset + last.results.length : undefined
}

/**
 * Query options for every Keystone read; hooks are thin wrappers over these.
 * @example
 * await queryClient.ensureQueryData(keystoneQueries.detail(client, 'clusters', 1))
 * const { data } = useSuspenseQuery(keystoneQueries.list(client, 'clusters', { limit: 20 }))
 */
export const keystoneQueries: KeystoneQueries = {
  list: (client, resource, params) => ({
    queryKey: keystoneKeys.list(client, resource, params),
    queryFn: ({ signal }) => client.list(resource, params, { signal }),
  }),
  infinite: (client, resource, params) => ({
    queryKey: keystoneKeys.infinite(client, resource, params),
    queryFn: ({ signal, pageParam }) => client.list(resource, { ...params, offset: pageParam }, { signal }),
    initialPageParam: params?.offset ?? 0,
    getNextPageParam: nextOffset,
  }),
  detail: (client, resource, pk) => ({
    queryKey: keystoneKeys.detail(client, resource, pk),
    queryFn: ({ signal }) => client.retrieve(resource, pk, { signal }),
  }),
  choices: (client, name) => ({
    queryKey: keystoneKeys.choices(client, name),
    queryFn: ({ signal }) => client.choices(name, { signal }),
    staleTime: Infinity,
  }),
  stats: (client, name, filters) => ({
    queryKey: keystoneKeys.stats(client, name, filters),
    queryFn: ({ signal }) => client.stats(name, filters, { signal }),
  }),
  whoami: (client) => ({ queryKey: keystoneKeys.whoami(client), queryFn: ({ signal }) => client.whoami({ signal }) }),
  config: (client) => ({ queryKey: keystoneKeys.config(client), queryFn: ({ signal }) => client.getConfig({ signal }) }),
  version: (client) => ({ queryKey: keystoneKeys.version(client), queryFn: ({ signal }) => client.getVersion({ signal }) }),
  health: (client) => ({ queryKey: keystoneKeys.health(client), queryFn: ({ signal }) => client.getHealth({ signal }) }),
}

/** The query factories of one resource, with the client as first argument: `clusterQueries.list(client, params)`. */
export type ResourceQueries<R extends ResourceName> = {
  /** One page. */
  list(client: KeystoneClient, params?: ListParams<R>): KeystoneQueryOptions<PageOf<R>, ListKey<R>>
  /** An infinite list. */
  infinite(client: KeystoneClient, params?: ListParams<R>): KeystoneInfiniteOptions<R>
} & (R extends DetailResource
  ? {
      /** One record by primary key; `null` when it does not exist. */
      detail(client: KeystoneClient, pk: number): KeystoneQueryOptions<RecordOf<R> | null, DetailKey<R>>
    }
  : unknown)

/** Makes the query factories of one resource. */
export function resourceQueries<R extends ResourceName>(resource: R): ResourceQueries<R> {
  return {
    list: (client: KeystoneClient, params?: ListParams<R>) => keystoneQueries.list(client, resource, params),
    infinite: (client: KeystoneClient, params?: ListParams<R>) => keystoneQueries.infinite(client, resource, params),
    detail: (client: KeystoneClient, pk: number) => keystoneQueries.detail(client, resource as DetailResource, pk),
  } as never
}
