import type { InfiniteData, QueryKey } from '@tanstack/react-query'
import {
  type ChoicesName,
  type ChoicesOf,
  type KeystoneConfig,
  type KeystoneUser,
  type ListParams,
  type PageOf,
  type ResourceName,
  resources,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
} from '../client/index.ts'
import type { DetailKey, InfiniteKey, KeystoneKey, ListKey, ServerKey } from './types.ts'

/** Anything that names a server: a `KeystoneClient` or `{ baseUrl }`. */
export interface ServerRef {
  readonly baseUrl: string
}

/** The resource a stats endpoint counts: `Grant` → `grants`. @internal */
export function resourceOfStats(name: StatsName): ResourceName {
  return (Object.keys(resources) as ResourceName[]).find((r) => resources[r].one === name) as ResourceName
}

/** The query-key factory; every Keystone key starts with `['keystone', <server baseUrl>]`. */
export interface KeystoneKeys {
  /** Every query of one server (what logout clears). */
  all(server: ServerRef): ServerKey
  /** Every query of one resource: lists, details and stats. */
  resource<R extends ResourceName>(server: ServerRef, resource: R): readonly ['keystone', string, R]
  /** Every list (page and infinite) of one resource. */
  lists<R extends ResourceName>(server: ServerRef, resource: R): readonly ['keystone', string, R, 'list']
  /** One list page. */
  list<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): ListKey<R>
  /** One infinite list. */
  infinite<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): InfiniteKey<R>
  /** One record by primary key. */
  detail<R extends ResourceName>(server: ServerRef, resource: R, pk: number): DetailKey<R>
  /** A choices endpoint. */
  choices<C extends ChoicesName>(server: ServerRef, name: C): KeystoneKey<readonly ['keystone', string, 'choices', C], ChoicesOf<C>>
  /** A stats endpoint; under its resource, so writes to the resource invalidate it. */
  stats<S extends StatsName>(
    server: ServerRef,
    name: S,
    filters?: StatsFiltersOf<S>,
  ): KeystoneKey<readonly ['keystone', string, ResourceName, 'stats', S, StatsFiltersOf<S>], StatsOf<S>>
  /** The session user (`null` when anonymous). */
  whoami(server: ServerRef): KeystoneKey<readonly ['keystone', string, 'whoami'], KeystoneUser | null>
  /** Server configuration. */
  config(server: ServerRef): KeystoneKey<readonly ['keystone', string, 'config'], KeystoneConfig>
  /** API version. */
  version(server: ServerRef): KeystoneKey<readonly ['keystone', string, 'version'], string>
  /** Health check. */
  health(server: ServerRef): KeystoneKey<readonly ['keystone', string, 'health'], boolean>
}

const tag = <TData>(key: QueryKey): KeystoneKey<QueryKey, TData> => key as KeystoneKey<QueryKey, TData>

/**
 * Builds every Keystone query key, each tagged with its data type.
 * @example
 * queryClient.invalidateQueries({ queryKey: keystoneKeys.lists(client, 'clusters') })
 * const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 10 })) // PageOf<'clusters'> | undefined
 */
export const keystoneKeys: KeystoneKeys = {
  all: (server) => ['keystone', server.baseUrl],
  resource: (server, resource) => ['keystone', server.baseUrl, resource],
  lists: (server, resource) => ['keystone', server.baseUrl, resource, 'list'],
  list: (server, resource, params) => tag<PageOf<typeof resource>>(['keystone', server.baseUrl, resource, 'list', params ?? {}]) as never,
  infinite: (server, resource, params) =>
    tag<InfiniteData<PageOf<typeof resource>, number>>(['keystone', server.baseUrl, resource, 'list', params ?? {}, 'infinite']) as never,
  detail: (server, resource, pk) => tag(['keystone', server.baseUrl, resource, 'detail', pk]) as never,
  choices: (server, name) => tag(['keystone', server.baseUrl, 'choices', name]) as never,
  stats: (server, name, filters) => tag(['keystone', server.baseUrl, resourceOfStats(name), 'stats', name, filters ?? {}]) as never,
  whoami: (server) => tag(['keystone', server.baseUrl, 'whoami']) as never,
  config: (server) => tag(['keystone', server.baseUrl, 'config']) as never,
  version: (server) => tag(['keystone', server.baseUrl, 'version']) as never,
  health: (server) => tag(['keystone', server.baseUrl, 'health']) as never,
}
