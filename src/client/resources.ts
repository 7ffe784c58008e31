import type { paths } from './schema.gen.ts'

/** An operation on a resource: list and retrieve (GET), create (POST), update (PATCH), replace (PUT), delete. */
export type Operation = 'list' | 'retrieve' | 'create' | 'update' | 'replace' | 'delete'

/** A kind of hook one operation makes: `list` makes `useClusters` and `useInfiniteClusters`, `retrieve` makes `useCluster` and `useClustersByIds`. @internal */
export type HookKind = 'list' | 'infinite' | 'detail' | 'byIds' | 'create' | 'update' | 'replace' | 'delete'

/** What follows from one operation: where it is answered, with which HTTP method, and which hooks it makes. @internal */
export interface OperationSpec {
  /** The path that answers it: the list path or a record's detail path (`{id}/` appended). */
  readonly at: 'list' | 'detail'
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** The hooks the generator writes for it (hook factory `${kind}Hook`). */
  readonly hooks: readonly HookKind[]
}

/**
 * Each operation's path, method and hooks. The mock answers from it and the hook generator
 * writes from it; keyed by every `Operation`, so an operation missing here fails to compile.
 * @internal
 */
export const operationTable: { readonly [K in Operation]-?: OperationSpec } = {
  list: { at: 'list', method: 'GET', hooks: ['list', 'infinite'] },
  retrieve: { at: 'detail', method: 'GET', hooks: ['detail', 'byIds'] },
  create: { at: 'list', method: 'POST', hooks: ['create'] },
  update: { at: 'detail', method: 'PATCH', hooks: ['update'] },
  replace: { at: 'detail', method: 'PUT', hooks: ['replace'] },
  delete: { at: 'detail', method: 'DELETE', hooks: ['delete'] },
}

/** The operations of each kind of resource, as literal types (the runtime value is `resourceOperations`). */
const operationsByKind = {
  crud: ['list', 'retrieve', 'create', 'update', 'replace', 'delete'],
  readPatch: ['list', 'retrieve', 'update'],
  read: ['list', 'retrieve'],
  list: ['list'],
} as const
type OperationsByKind = typeof operationsByKind

/**
 * What a resource allows, as the spec lists it.
 * `crud`: list, create, retrieve, PUT, PATCH, delete. `readPatch`: list, retrieve, PATCH.
 * `read`: list and retrieve. `list`: list only.
 */
export type ResourceOps = keyof OperationsByKind

/** The operations each kind of resource allows; client methods, hooks and the mock's routes all follow it. */
export const resourceOperations: Readonly<Record<ResourceOps, readonly Operation[]>> = operationsByKind

type Ensure<T extends true> = T
// `crud` allows every operation there is.
type _CrudIsEverything = Ensure<[Operation] extends [OperationsByKind['crud'][number]] ? true : false>

/** One row of the resource table. */
export interface ResourceSpec {
  /** List path relative to the base URL, with its trailing slash. */
  readonly path: string
  /** Singular name used in method names: `create${one}`, `retrieve${one}`, `use${one}`. */
  readonly one: string
  /** Plural name used in method names: `list${many}`, `use${many}`. */
  readonly many: string
  readonly ops: ResourceOps
}

/**
 * The rows as written: list path and what the resource allows. The names in method and hook
 * names derive from the key: `clusters` gives `Clusters` (many) and `Cluster` (one).
 */
const rows = {
  allocations: ['allocations/allocations/', 'crud'],
  attachments: ['allocations/attachments/', 'crud'],
  clusters: ['allocations/clusters/', 'crud'],
  comments: ['allocations/comments/', 'crud'],
  requests: ['allocations/requests/', 'crud'],
  reviews: ['allocations/reviews/', 'crud'],
  grants: ['research/grants/', 'crud'],
  publications: ['research/publications/', 'crud'],
  users: ['users/users/', 'crud'],
  teams: ['users/teams/', 'crud'],
  memberships: ['users/memberships/', 'crud'],
  notifications: ['notifications/notifications/', 'readPatch'],
  preferences: ['notifications/preferences/', 'crud'],
  auditLogs: ['logs/audit/', 'read'],
  requestLogs: ['logs/requests/', 'read'],
  taskLogs: ['logs/tasks/', 'read'],
  feed: ['logs/feed/', 'list'],
} as const

type Rows = typeof rows
// Every row is a path and a ResourceOps (a `satisfies` check that isolatedDeclarations accepts).
type _RowsAreValid = Ensure<Rows extends Record<string, readonly [string, ResourceOps]> ? true : false>
/** Singular name of a resource key: `clusters` → `Cluster`, `feed` → `Feed`. */
type OneOf<K extends string> = K extends `${infer Stem}s` ? Capitalize<Stem> : Capitalize<K>

/** The resource table's type: each row's path, names and operations as literal types. */
export type ResourceTable = {
  readonly [K in keyof Rows]: { readonly path: Rows[K][0]; readonly one: OneOf<K>; readonly many: Capitalize<K>; readonly ops: Rows[K][1] }
}

/**
 * The one resource table: every list/detail path of the Keystone spec. It drives the client
 * methods, the hooks, the query keys and the mock server.
 */
export const resources: ResourceTable = /* @__PURE__ */ (() => {
  const table: Record<string, ResourceSpec> = {}
  for (const [key, [path, ops]] of Object.entries(rows)) {
    const many = key[0]!.toUpperCase() + key.slice(1)
    table[key] = { path, one: many.replace(/s$/, ''), many, ops }
  }
  return table as ResourceTable
})()

/** Choice endpoints (`GET`, an object `{ code: label }`), by the name used in method names. */
export const choices = {
  ClusterAccessMode: 'allocations/cluster-choices/access-mode/',
  RequestStatus: 'allocations/request-choices/status/',
  ReviewStatus: 'allocations/review-choices/status/',
  NotificationType: 'notifications/notification-choices/type/',
  MembershipRole: 'users/membership-choices/role/',
} as const

/** Statistics endpoints; each takes the filters of its resource. */
export const stats = {
  Grant: 'stats/grants/',
  Notification: 'stats/notifications/',
  Publication: 'stats/publications/',
  Request: 'stats/requests/',
} as const

/** Fixed endpoints outside the resource table. */
export const endpoints = {
  login: 'authentication/login/',
  logout: 'authentication/logout/',
  whoami: 'authentication/whoami/',
  batch: 'batch/',
  config: 'config/',
  version: 'version/',
  health: 'health/',
  healthJson: 'health/json/',
  healthProm: 'health/prom/',
} as const

/** Name of a resource in the table, e.g. `'clusters'`. */
export type ResourceName = keyof typeof resources
/** Name of a choices endpoint, e.g. `'ClusterAccessMode'`. */
export type ChoicesName = keyof typeof choices
/** Name of a stats endpoint, e.g. `'Grant'`. */
export type StatsName = keyof typeof stats

type Table = typeof resources
type ListPath<R extends ResourceName> = `/${Table[R]['path']}`
type DetailPath<R extends ResourceName> = `${ListPath<R>}{id}/`
type Op<P, M extends string> = P extends keyof paths ? (M extends keyof paths[P] ? paths[P][M] : never) : never
type JsonBody<TOp> = TOp extends { requestBody?: { content: { 'application/json': infer TBody } } } ? TBody : never
type JsonResponse<TOp, S extends number> = TOp extends {
  responses: { [K in S]: { content: { 'application/json': infer TBody } } }
}
  ? TBody
  : never
type Query<TOp> = TOp extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
type PageKeys = '_limit' | '_offset' | '_order' | '_search'

/** Resources of the given kinds, e.g. `ResourcesWith<'read' | 'list'>` are the logs. */
export type ResourcesWith<TOps extends ResourceOps> = {
  [R in ResourceName]: Table[R]['ops'] extends TOps ? R : never
}[ResourceName]
/** The operations a resource allows, from its row: `OperationsOf<'notifications'>` is `'list' | 'retrieve' | 'update'`. */
export type OperationsOf<R extends ResourceName> = OperationsByKind[Table[R]['ops']][number]
/** Resources that allow every operation of `TOp`, e.g. `ResourcesAllowing<'update'>`. */
export type ResourcesAllowing<TOp extends Operation> = {
  [R in ResourceName]: [TOp] extends [OperationsOf<R>] ? R : never
}[ResourceName]
/** Resources with a detail path (retrieve by pk). */
export type DetailResource = ResourcesAllowing<'retrieve'>
/** Resources that accept PATCH. */
export type PatchableResource = ResourcesAllowing<'update'>
/** Resources with full CRUD (create, PUT, delete). */
export type CrudResource = ResourcesAllowing<Operation>

// Every path of the spec is in a table: a resource's list path, or its detail path when it
// allows retrieve, a choices or stats endpoint, or a fixed endpoint. A resource added to the spec
// and not to the table fails to compile here.
type KnownPath =
  | ListPath<ResourceName>
  | DetailPath<DetailResource>
  | `/${(typeof choices)[ChoicesName]}`
  | `/${(typeof stats)[StatsName]}`
  | `/${(typeof endpoints)[keyof typeof endpoints]}`
type _EverySpecPathIsKnown = Ensure<[Exclude<keyof paths, KnownPath>] extends [never] ? true : false>
// And the other way: every path the table makes is one of the spec's.
type _EveryTablePathIsInSpec = Ensure<[Exclude<KnownPath, keyof paths>] extends [never] ? true : false>

/** One page of a list: `{ count, next, previous, results }`. */
export type PageOf<R extends ResourceName> = JsonResponse<Op<ListPath<R>, 'get'>, 200>
/** A record of a resource as the server returns it, e.g. `RecordOf<'clusters'>` is `Cluster`. */
export type RecordOf<R extends ResourceName> = PageOf<R> extends { results: (infer TRecord)[] } ? TRecord : never
/** Body accepted by `create*` (POST). */
export type CreateBodyOf<R extends ResourceName> = JsonBody<Op<ListPath<R>, 'post'>>
/** Body accepted by `replace*` (PUT). */
export type ReplaceBodyOf<R extends ResourceName> = JsonBody<Op<DetailPath<R>, 'put'>>
/** Body accepted by `update*` (PATCH). */
export type PatchBodyOf<R extends ResourceName> = JsonBody<Op<DetailPath<R>, 'patch'>>
/** Record returned by PATCH/PUT (teams answer `TeamUpdate`). */
export type UpdatedRecordOf<R extends ResourceName> = JsonResponse<Op<DetailPath<R>, 'patch'>, 200>
/** Filters a list of `R` accepts, exactly as the spec declares them. */
export type FiltersOf<R extends ResourceName> = Omit<Query<Op<ListPath<R>, 'get'>>, PageKeys>
/** Filters a stats endpoint accepts. */
export type StatsFiltersOf<S extends StatsName> = Omit<Query<Op<`/${(typeof stats)[S]}`, 'get'>>, PageKeys>
/** Statistics returned by a stats endpoint. */
export type StatsOf<S extends StatsName> = JsonResponse<Op<`/${(typeof stats)[S]}`, 'get'>, 200>
/** Choices returned by a choices endpoint: `{ code: label }`. */
export type ChoicesOf<C extends ChoicesName> = JsonResponse<Op<`/${(typeof choices)[C]}`, 'get'>, 200>
/** A field of `R` that lists can be ordered by, with `-` for descending. */
export type OrderOf<R extends ResourceName> = `${'' | '-'}${Exclude<Extract<keyof RecordOf<R>, string>, `_${string}`>}`
