import type { DataTag, InfiniteData, QueryKey } from '@tanstack/react-query'
import {
  type ChoicesName,
  type ChoicesOf,
  type KeystoneConfig,
  type KeystoneError,
  type KeystoneUser,
  type ListParams,
  type PageOf,
  type RecordOf,
  type ResourceName,
  resources,
  type SessionKey,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
} from '../client/index.ts'
import { formatDate } from '../client/query.ts'

// The one module that builds, reads and matches Keystone query and mutation keys: the provider,
// the hooks and the cache updates ask it, so the layout of a key is written down once, here.
//
// Query keys:    ['keystone', baseUrl, session, resource, 'list', params(, 'infinite')]
//                ['keystone', baseUrl, session, resource, 'detail', pk]
//                ['keystone', baseUrl, session, resource, 'stats', name, filters]
//                ['keystone', baseUrl, session, 'choices' | 'whoami' | 'config' | 'version' | 'health'(, name)]
// Mutation keys: ['keystone', baseUrl, resource, 'create' | 'update' | 'replace' | 'delete']
//                ['keystone', baseUrl, 'login' | 'logout' | 'batch']

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
/** Key of a choices endpoint. @internal */
export type ChoicesKey<C extends ChoicesName> = KeystoneKey<readonly ['keystone', string, SessionKey, 'choices', C], ChoicesOf<C>>
/** Key of a stats endpoint, under the resource it counts. @internal */
export type StatsKey<S extends StatsName> = KeystoneKey<readonly ['keystone', string, SessionKey, ResourceName, 'stats', S, StatsFiltersOf<S>], StatsOf<S>>
/** Key of a server-wide query (`whoami`, `config`...). @internal */
export type ServerQueryKey<TName extends string, TData> = KeystoneKey<readonly ['keystone', string, SessionKey, TName], TData>

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

/**
 * Gives a key the type of the data it holds. The only cast between our modules: TanStack's
 * `DataTag` is a type-level brand no value can carry, and every key below is built right beside
 * the tuple type it is tagged with.
 */
function tag<TKey extends QueryKey, TData>(key: readonly unknown[]): KeystoneKey<TKey, TData> {
  return key as KeystoneKey<TKey, TData>
}

/** The resource a stats endpoint counts: `Grant` → `grants`. */
function resourceOfStats(name: StatsName): ResourceName | undefined {
  return (Object.keys(resources) as ResourceName[]).find((r) => resources[r].one === name)
}

// What goes into a key is normalised, so that requests the client would send identically share
// one cache entry (and one request). TanStack's hash of a key already ignores the order of object
// fields and the fields set to `undefined`; the rules below cover what it cannot know sends the
// same. Each keeps the request as it was: the query functions read their arguments back from the
// key, so what the key holds is exactly what is sent.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A filter value as the client writes it: a valid Date as its text (a date alone at UTC midnight, else the full timestamp). */
function sent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sent)
  return value instanceof Date && !Number.isNaN(value.getTime()) ? formatDate(value) : value
}

/**
 * Filters as sent (Dates as their text); `undefined` when none is set, as no filter sends nothing.
 * Anything that is not a plain object is kept for the request to refuse.
 */
function normalFilters(filters: unknown): unknown {
  if (!isObject(filters)) return filters
  return Object.values(filters).some((value) => value !== undefined) ? Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, sent(value)])) : undefined
}

/**
 * List params as sent: the fields the query string is built from, filters normalised, and a
 * one-field `order` as its field (`['name']` and `'name'` send the same `_order`). Missing params
 * are `{}`; params that are not an object stay as given, so the request refuses them.
 */
function normalParams(params: unknown): unknown {
  if (!isObject(params)) return params === undefined ? {} : params
  const { filters, search, order, limit, offset } = params
  return { filters: normalFilters(filters), search, order: Array.isArray(order) && order.length === 1 ? order[0] : order, limit, offset }
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
  /** One list page; equivalent params (`order: 'name'` or `['name']`, filters in any order) give one key. */
  list<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): ListKey<R>
  /** One infinite list. */
  infinite<R extends ResourceName>(server: ServerRef, resource: R, params?: ListParams<R>): InfiniteKey<R>
  /** One record by primary key. */
  detail<R extends ResourceName>(server: ServerRef, resource: R, pk: number): DetailKey<R>
  /** A choices endpoint. */
  choices<C extends ChoicesName>(server: ServerRef, name: C): ChoicesKey<C>
  /** A stats endpoint; under its resource, so writes to the resource invalidate it. */
  stats<S extends StatsName>(server: ServerRef, name: S, filters?: StatsFiltersOf<S>): StatsKey<S>
  /** The session user (`null` when anonymous). */
  whoami(server: ServerRef): ServerQueryKey<'whoami', KeystoneUser | null>
  /** Server configuration. */
  config(server: ServerRef): ServerQueryKey<'config', KeystoneConfig>
  /** API version. */
  version(server: ServerRef): ServerQueryKey<'version', string>
  /** Health check. */
  health(server: ServerRef): ServerQueryKey<'health', boolean>
}

// One function per key, so a bundle holds only the keys its hooks use; `keystoneKeys` gathers them.

/** `keystoneKeys.all`. @internal */
export const allKey: KeystoneKeys['all'] = (server) => ['keystone', server.baseUrl]
/** `keystoneKeys.session`. @internal */
export const sessionQueriesKey: KeystoneKeys['session'] = (server) => ['keystone', server.baseUrl, sessionOf(server)]
/** `keystoneKeys.resource`. @internal */
export const resourceKey: KeystoneKeys['resource'] = (server, resource) => ['keystone', server.baseUrl, sessionOf(server), resource]
/** `keystoneKeys.lists`. @internal */
export const listsKey: KeystoneKeys['lists'] = (server, resource) => [...resourceKey(server, resource), 'list']
/** `keystoneKeys.list`. @internal */
export const listKey: KeystoneKeys['list'] = (server, resource, params) => tag([...listsKey(server, resource), normalParams(params)])
/** `keystoneKeys.infinite`. @internal */
export const infiniteKey: KeystoneKeys['infinite'] = (server, resource, params) => tag([...listsKey(server, resource), normalParams(params), 'infinite'])
/** `keystoneKeys.detail`. @internal */
export const detailKey: KeystoneKeys['detail'] = (server, resource, pk) => tag([...resourceKey(server, resource), 'detail', pk])
/** `keystoneKeys.choices`. @internal */
export const choicesKey: KeystoneKeys['choices'] = (server, name) => tag([...sessionQueriesKey(server), 'choices', name])
/** `keystoneKeys.stats`. @internal */
export const statsKey: KeystoneKeys['stats'] = (server, name, filters) =>
  tag([...sessionQueriesKey(server), resourceOfStats(name), 'stats', name, normalFilters(filters) ?? {}])

function serverQueryKey<TName extends string, TData>(name: TName): (server: ServerRef) => ServerQueryKey<TName, TData> {
  return (server) => tag([...sessionQueriesKey(server), name])
}

/** `keystoneKeys.whoami`. @internal */
export const whoamiKey: KeystoneKeys['whoami'] = /* @__PURE__ */ serverQueryKey('whoami')
/** `keystoneKeys.config`. @internal */
export const configKey: KeystoneKeys['config'] = /* @__PURE__ */ serverQueryKey('config')
/** `keystoneKeys.version`. @internal */
export const versionKey: KeystoneKeys['version'] = /* @__PURE__ */ serverQueryKey('version')
/** `keystoneKeys.health`. @internal */
export const healthKey: KeystoneKeys['health'] = /* @__PURE__ */ serverQueryKey('health')

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

/** The write operations, as their mutation keys name them. @internal */
export type WriteOp = 'create' | 'update' | 'replace' | 'delete'

/** Mutation key of a write: `['keystone', baseUrl, resource, op]` (no session: the ledger tracks whose write it is). @internal */
export function writeKey(server: ServerRef, resource: ResourceName, op: WriteOp): readonly ['keystone', string, ResourceName, WriteOp] {
  return ['keystone', server.baseUrl, resource, op]
}

/** Mutation key of a session or batch action: `['keystone', baseUrl, action]`. @internal */
export function actionKey(server: ServerRef, action: 'login' | 'logout' | 'batch'): readonly ['keystone', string, string] {
  return ['keystone', server.baseUrl, action]
}

// Readers: what a key says, for the query functions (typed keys) and the cache's predicates (any key).

/** The resource and params of a list or infinite-list key, as the request sends them. @internal */
export function readList<R extends ResourceName>(key: ListKey<R> | InfiniteKey<R>): [resource: R, params: ListParams<R>] {
  return [key[3], key[5]]
}

/** The endpoint and filters of a stats key. @internal */
export function readStats<S extends StatsName>(key: StatsKey<S>): [name: S, filters: StatsFiltersOf<S>] {
  return [key[5], key[6]]
}

/** Whether a query key is a detail key (one record). @internal */
export function isDetailKey(key: readonly unknown[]): boolean {
  return key[4] === 'detail'
}

/** Whether a key is a list query whose params go beyond paging (filters, search or order). @internal */
export function isNarrowedListKey(key: readonly unknown[]): boolean {
  const params = key[5]
  return key[4] === 'list' && isObject(params) && Object.keys(params).some((name) => params[name] !== undefined && name !== 'limit' && name !== 'offset')
}

/** Whether a query key is a stats key. @internal */
export function isStatsKey(key: readonly unknown[]): boolean {
  return key[4] === 'stats'
}

/** Whether a query key is the `whoami` key of some session. @internal */
export function isWhoamiKey(key: readonly unknown[]): boolean {
  return key[3] === 'whoami'
}

/** Whether a query or mutation key belongs to the server at `baseUrl`. @internal */
export function isServerKey(key: readonly unknown[] | undefined, baseUrl: string): boolean {
  return key?.[0] === 'keystone' && key[1] === baseUrl
}

/** Whether a query key holds answers of the server's current session (not a previous user's). @internal */
export function isCurrentSessionKey(key: readonly unknown[], server: ServerRef): boolean {
  return isServerKey(key, server.baseUrl) && key[2] === sessionOf(server)
}

/** The resource and operation of a write's mutation key on the server at `baseUrl`. @internal */
export function writeTarget(key: readonly unknown[] | undefined, baseUrl: string): { resource: unknown; op: unknown } | undefined {
  return key && isServerKey(key, baseUrl) && key.length === 4 ? { resource: key[2], op: key[3] } : undefined
}
