import {
  type ChoicesName,
  type ChoicesOf,
  type KeystoneConfig,
  type KeystoneUser,
  type ListParams,
  type ResourceName,
  resources,
  type SessionKey,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
} from '../client/index.ts'
import type { DetailKey, InfiniteKey, KeystoneKey, ListKey, ServerKey, SessionScopeKey } from './types.ts'

/**
 * Anything that names a server and a session: a client, or `{ baseUrl, sessionKey? }` (a plain
 * `{ baseUrl }` names the session a connection starts with, `'initial'`).
 */
export interface ServerRef {
  readonly baseUrl: string
  readonly sessionKey?: SessionKey
}

/** The session segment of a key: whose answers the query holds. */
function sessionOf(server: ServerRef): SessionKey {
  return server.sessionKey ?? 'initial'
}

/** The resource a stats endpoint counts: `Grant` → `grants`. @internal */
export function resourceOfStats(name: StatsName): ResourceName {
  return (Object.keys(resources) as ResourceName[]).find((r) => resources[r].one === name) as ResourceName
}

/**
 * The query-key factory. Every Keystone key starts with `['keystone', <server baseUrl>, <session>]`:
 * the session segment is the client's `sessionKey` (the user's id, `'anonymous'` or `'initial'`),
 * so a change of user is a change of every key and mounted hooks refetch for the new user.
 */
export interface KeystoneKeys {
  /** Every query of one server, all sessions (what logout clears). */
  all(server: ServerRef): ServerKey
  /** Every query of the client's current session. */
  session(server: ServerRef): SessionScopeKey
  /** Every query of one resource: lists, details and stats. */
  resource<R extends ResourceName>(server: ServerRef, resource: R): readonly ['keystone', string, SessionKey, R]
  /** Every list (page and infinite) of one resource. */
  lists<R extends ResourceName>(server: ServerRef, resource: R): readonly ['keystone', string, SessionKey, R, 'list']
  /** One list page. */
  list<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): ListKey<R>
  /** One infinite list. */
  infinite<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): InfiniteKey<R>
  /** One record by primary key. */
  detail<R extends ResourceName>(server: ServerRef, resource: R, pk: number): DetailKey<R>
  /** A choices endpoint. */
  choices<C extends ChoicesName>(server: ServerRef, name: C): KeystoneKey<readonly ['keystone', string, SessionKey, 'choices', C], ChoicesOf<C>>
  /** A stats endpoint; under its resource, so writes to the resource invalidate it. */
  stats<S extends StatsName>(
    server: ServerRef,
    name: S,
    filters?: StatsFiltersOf<S>,
  ): KeystoneKey<readonly ['keystone', string, SessionKey, ResourceName, 'stats', S, StatsFiltersOf<S>], StatsOf<S>>
  /** The session user (`null` when anonymous). */
  whoami(server: ServerRef): KeystoneKey<readonly ['keystone', string, SessionKey, 'whoami'], KeystoneUser | null>
  /** Server configuration. */
  config(server: ServerRef): KeystoneKey<readonly ['keystone', string, SessionKey, 'config'], KeystoneConfig>
  /** API version. */
  version(server: ServerRef): KeystoneKey<readonly ['keystone', string, SessionKey, 'version'], string>
  /** Health check. */
  health(server: ServerRef): KeystoneKey<readonly ['keystone', string, SessionKey, 'health'], boolean>
}

// One function per key, so a bundle holds only the keys its hooks use; `keystoneKeys` gathers them.

/** `keystoneKeys.all`. @internal */
export const allKey: KeystoneKeys['all'] = (server) => ['keystone', server.baseUrl] as never
/** `keystoneKeys.session`. @internal */
export const sessionQueriesKey: KeystoneKeys['session'] = (server) => ['keystone', server.baseUrl, sessionOf(server)] as never
/** `keystoneKeys.resource`. @internal */
export const resourceKey: KeystoneKeys['resource'] = (server, resource) => ['keystone', server.baseUrl, sessionOf(server), resource] as never
/** `keystoneKeys.lists`. @internal */
export const listsKey: KeystoneKeys['lists'] = (server, resource) => ['keystone', server.baseUrl, sessionOf(server), resource, 'list'] as never
/** `keystoneKeys.list`. @internal */
export const listKey: KeystoneKeys['list'] = (server, resource, params) => ['keystone', server.baseUrl, sessionOf(server), resource, 'list', params ?? {}] as never
/** `keystoneKeys.infinite`. @internal */
export const infiniteKey: KeystoneKeys['infinite'] = (server, resource, params) => ['keystone', server.baseUrl, sessionOf(server), resource, 'list', params ?? {}, 'infinite'] as never
/** `keystoneKeys.detail`. @internal */
export const detailKey: KeystoneKeys['detail'] = (server, resource, pk) => ['keystone', server.baseUrl, sessionOf(server), resource, 'detail', pk] as never
/** `keystoneKeys.choices`. @internal */
export const choicesKey: KeystoneKeys['choices'] = (server, name) => ['keystone', server.baseUrl, sessionOf(server), 'choices', name] as never
/** `keystoneKeys.stats`. @internal */
export const statsKey: KeystoneKeys['stats'] = (server, name, filters) => ['keystone', server.baseUrl, sessionOf(server), resourceOfStats(name), 'stats', name, filters ?? {}] as never
/** `keystoneKeys.whoami`. @internal */
export const whoamiKey: KeystoneKeys['whoami'] = (server) => ['keystone', server.baseUrl, sessionOf(server), 'whoami'] as never
/** `keystoneKeys.config`. @internal */
export const configKey: KeystoneKeys['config'] = (server) => ['keystone', server.baseUrl, sessionOf(server), 'config'] as never
/** `keystoneKeys.version`. @internal */
export const versionKey: KeystoneKeys['version'] = (server) => ['keystone', server.baseUrl, sessionOf(server), 'version'] as never
/** `keystoneKeys.health`. @internal */
export const healthKey: KeystoneKeys['health'] = (server) => ['keystone', server.baseUrl, sessionOf(server), 'health'] as never

/**
 * Builds every Keystone query key, each tagged with its data type.
 * @example
 * queryClient.invalidateQueries({ queryKey: keystoneKeys.lists(client, 'clusters') })
 * const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 10 })) // PageOf<'clusters'> | undefined
 */
export const keystoneKeys: KeystoneKeys = {
  all: allKey,
  session: sessionQueriesKey,
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

// Readers of a key's segments live here too, so no other module indexes a key by position.

/** Whether a query key is a detail key (one record). @internal */
export function isDetailKey(key: readonly unknown[]): boolean {
  return key[4] === 'detail'
}

/** Whether a key is a list query whose params go beyond paging (filters, search or order). @internal */
export function isNarrowedListKey(key: readonly unknown[]): boolean {
  const params = key[5]
  return key[4] === 'list' && typeof params === 'object' && params !== null && Object.keys(params).some((name) => name !== 'limit' && name !== 'offset')
}

/** Whether a query key is a stats key. @internal */
export function isStatsKey(key: readonly unknown[]): boolean {
  return key[4] === 'stats'
}

/** Whether a query key is the `whoami` key of some session. @internal */
export function isWhoamiKey(key: readonly unknown[]): boolean {
  return key[3] === 'whoami'
}

/** Whether a query key holds answers of the server's current session (not a previous user's). @internal */
export function isCurrentSessionKey(key: readonly unknown[], server: ServerRef): boolean {
  return isServerKey(key, server.baseUrl) && key[2] === sessionOf(server)
}

/** Whether a query or mutation key belongs to the server at `baseUrl`. @internal */
export function isServerKey(key: readonly unknown[] | undefined, baseUrl: string): boolean {
  return key?.[0] === 'keystone' && key[1] === baseUrl
}

/** The resource and operation of a write's mutation key (`['keystone', baseUrl, resource, op]`) on the server at `baseUrl`. @internal */
export function writeTarget(key: readonly unknown[] | undefined, baseUrl: string): { resource: unknown; op: unknown } | undefined {
  return isServerKey(key, baseUrl) && key!.length === 4 ? { resource: key![2], op: key![3] } : undefined
}
