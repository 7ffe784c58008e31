import {
  type ChoicesName,
  type ChoicesOf,
  type KeystoneConfig,
  type KeystoneUser,
  type ListParams,
  type ResourceName,
  resources,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
} from '../client/index.ts'
import type { DetailKey, InfiniteKey, KeystoneKey, ListKey, ServerKey } from './types.ts'

/** Anything that names a server: a client or `{ baseUrl }`. */
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

// One function per key, so a bundle holds only the keys its hooks use; `keystoneKeys` gathers them.

/** `keystoneKeys.all`. @internal */
export const allKey: KeystoneKeys['all'] = (server) => ['keystone', server.baseUrl] as never
/** `keystoneKeys.resource`. @internal */
export const resourceKey: KeystoneKeys['resource'] = (server, resource) => ['keystone', server.baseUrl, resource] as never
/** `keystoneKeys.lists`. @internal */
export const listsKey: KeystoneKeys['lists'] = (server, resource) => ['keystone', server.baseUrl, resource, 'list'] as never
/** `keystoneKeys.list`. @internal */
export const listKey: KeystoneKeys['list'] = (server, resource, params) => ['keystone', server.baseUrl, resource, 'list', params ?? {}] as never
/** `keystoneKeys.infinite`. @internal */
export const infiniteKey: KeystoneKeys['infinite'] = (server, resource, params) => ['keystone', server.baseUrl, resource, 'list', params ?? {}, 'infinite'] as never
/** `keystoneKeys.detail`. @internal */
export const detailKey: KeystoneKeys['detail'] = (server, resource, pk) => ['keystone', server.baseUrl, resource, 'detail', pk] as never
/** `keystoneKeys.choices`. @internal */
export const choicesKey: KeystoneKeys['choices'] = (server, name) => ['keystone', server.baseUrl, 'choices', name] as never
/** `keystoneKeys.stats`. @internal */
export const statsKey: KeystoneKeys['stats'] = (server, name, filters) => ['keystone', server.baseUrl, resourceOfStats(name), 'stats', name, filters ?? {}] as never
/** `keystoneKeys.whoami`. @internal */
export const whoamiKey: KeystoneKeys['whoami'] = (server) => ['keystone', server.baseUrl, 'whoami'] as never
/** `keystoneKeys.config`. @internal */
export const configKey: KeystoneKeys['config'] = (server) => ['keystone', server.baseUrl, 'config'] as never
/** `keystoneKeys.version`. @internal */
export const versionKey: KeystoneKeys['version'] = (server) => ['keystone', server.baseUrl, 'version'] as never
/** `keystoneKeys.health`. @internal */
export const healthKey: KeystoneKeys['health'] = (server) => ['keystone', server.baseUrl, 'health'] as never

/**
 * Builds every Keystone query key, each tagged with its data type.
 * @example
 * queryClient.invalidateQueries({ queryKey: keystoneKeys.lists(client, 'clusters') })
 * const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 10 })) // PageOf<'clusters'> | undefined
 */
export const keystoneKeys: KeystoneKeys = {
  all: allKey,
  resource: resourceKey,
  lists: listsKey,
  list: listKey,
  infinite: infiniteKey,
  detail: detailKey,
  choices: choicesKey,
  stats: statsKey,
  whoami: whoamiKey,
  config: configKey,
  version: versionKey,
  health: healthKey,
}
