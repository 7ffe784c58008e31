import { Connection } from './connection.ts'
import { HttpClient } from './httpClient.ts'
import type { CallOptions, CreateOptions, DeleteArgs, WithData } from './callOptions.ts'
import type { GeneratedMethods } from './generatedMethods.ts'
import * as op from './operations.ts'
import type { BatchAction, BatchOptions, BatchStepResult, KeystoneConfig, KeystoneUser } from './operations.ts'
import type { ListParams, ListQuery } from './query.ts'
import {
  choices,
  type ChoicesName,
  type ChoicesOf,
  type CreateBodyOf,
  type CrudResource,
  type DetailResource,
  type PageOf,
  type PatchableResource,
  type PatchBodyOf,
  type RecordOf,
  type ReplaceBodyOf,
  type ResourceName,
  resourceOperations,
  resources,
  stats,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
  type UpdatedRecordOf,
} from './resources.ts'

export type { BatchAction, BatchOptions, BatchStepResult, KeystoneConfig, KeystoneUser } from './operations.ts'

/**
 * Adds the named methods of every resource (`listClusters`, `retrieveCluster`, `createCluster`...)
 * to `Base`, in one loop over the table (STYLE.md §8): a row costs no code. Called as a pure
 * expression, so a bundle that never uses `KeystoneClient` (a dashboard using only the hooks)
 * drops it with every method (issue 6).
 */
function withNamedMethods(Base: typeof HttpClient): typeof HttpClient {
  const proto = Base.prototype as unknown as Record<string, (this: KeystoneClient, ...args: never[]) => unknown>
  for (const [name, { one, many, ops }] of Object.entries(resources)) {
    const r = name as CrudResource
    const allowed = resourceOperations[ops]
    proto[`list${many}`] = function (params?: ListParams, options?: CallOptions) {
      return this.list(r, params as ListParams<typeof r>, options)
    }
    proto[`retrieve${one}`] = function (query?: ListQuery & { pk?: number }, options?: CallOptions) {
      return typeof query === 'object' && query !== null && 'pk' in query ? this.retrieve(r, query.pk as number, options) : this.retrieveAll(r, query as ListQuery<typeof r>, options)
    }
    if (allowed.includes('create')) {
      proto[`create${one}`] = function (data: CreateBodyOf<typeof r>, options?: CreateOptions) {
        return this.create(r, data, options)
      }
      proto[`replace${one}`] = function (args: WithData<ReplaceBodyOf<typeof r>>, options?: CallOptions) {
        return this.replace(r, args?.pk, args?.data, options)
      }
      proto[`delete${one}`] = function (args: DeleteArgs, options?: CallOptions) {
        return this.delete(r, args?.pk, args, options)
      }
    }
    if (allowed.includes('update')) {
      proto[`update${one}`] = function (args: WithData<PatchBodyOf<typeof r>>, options?: CallOptions) {
        return this.update(r, args?.pk, args?.data, options)
      }
    }
  }
  for (const name of Object.keys(choices)) {
    proto[`get${name}Choices`] = function (options?: CallOptions) {
      return this.choices(name as ChoicesName, options)
    }
  }
  for (const name of Object.keys(stats)) {
    proto[`get${name}Stats`] = function (filters?: StatsFiltersOf<StatsName>, options?: CallOptions) {
      return this.stats(name as StatsName, filters, options)
    }
  }
  return Base
}

const NamedMethods: typeof HttpClient = /* @__PURE__ */ withNamedMethods(class NamedMethods extends HttpClient {})

/**
 * Framework-free client of the Keystone API, on axios, for browsers and Node: the Python
 * client's `KeystoneClient` in TypeScript, with typed CRUD methods for every resource.
 *
 * @example
 * const client = new KeystoneClient({ url: 'https://keystone.example.edu/api/' })
 * await client.login({ username: 'ada', password: '...' })
 * const clusters = await client.retrieveCluster({ filters: { enabled: true }, order: 'name' })
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class KeystoneClient extends NamedMethods {
  /**
   * The `KeystoneClient` of a client or connection: `source` itself when it is one, else the one
   * client made for its connection (made on the first call, so every caller shares it), with the
   * same CID, credentials, session and `close()`.
   */
  static from(source: HttpClient | Connection): KeystoneClient {
    if (source instanceof KeystoneClient) return source
    const connection = source instanceof Connection ? source : source.connection
    return (connection.keystoneClient ??= new KeystoneClient(connection))
  }

  /**
   * Logs in with a username and password (session cookie + CSRF token).
   * @throws {KeystoneHttpError} 400 with `fieldErrors` on bad credentials.
   */
  login(credentials: { username: string; password: string }, options?: CallOptions): Promise<KeystoneUser> {
    return op.login(this, credentials, options)
  }

  /** Logs out; a 401 means already logged out and is not an error. */
  logout(options?: CallOptions): Promise<void> {
    return op.logout(this, options)
  }

  /** The authenticated user, or `null` when the session is anonymous (401). */
  whoami(options?: CallOptions): Promise<KeystoneUser | null> {
    return op.whoami(this, options)
  }

  /** Whether the session is authenticated. */
  async isAuthenticated(options?: CallOptions): Promise<boolean> {
    return (await this.whoami(options)) !== null
  }

  /**
   * One page of a resource: `{ count, next, previous, results }`.
   * @throws {KeystoneValidationError} on bad filters, `limit` outside 1..1000 or a bad `offset`.
   */
  list<R extends ResourceName>(resource: R, params?: ListParams<R>, options?: CallOptions): Promise<PageOf<R>> {
    return op.list(this, resource, params, options)
  }

  /** One record by primary key, or `null` when it does not exist (404). */
  retrieve<R extends DetailResource>(resource: R, pk: number, options?: CallOptions): Promise<RecordOf<R> | null> {
    return op.retrieve(this, resource, pk, options)
  }

  /**
   * Every record matching a query: the first page, then the rest concurrently (at most
   * `concurrency` at once, 1000 per page).
   */
  retrieveAll<R extends ResourceName>(resource: R, query?: ListQuery<R>, options?: CallOptions): Promise<RecordOf<R>[]> {
    return op.retrieveAll(this, resource, query, options)
  }

  /** Creates a record; with `files` (or a `Blob` field) the body is multipart. */
  create<R extends CrudResource>(resource: R, data: CreateBodyOf<R>, options?: CreateOptions): Promise<RecordOf<R>> {
    return op.create(this, resource, data, options)
  }

  /** Updates some fields of a record (PATCH). */
  update<R extends PatchableResource>(resource: R, pk: number, data: PatchBodyOf<R>, options?: CallOptions): Promise<UpdatedRecordOf<R>> {
    return op.update(this, resource, pk, data, options)
  }

  /** Replaces a record (PUT). */
  replace<R extends CrudResource>(resource: R, pk: number, data: ReplaceBodyOf<R>, options?: CallOptions): Promise<UpdatedRecordOf<R>> {
    return op.replace(this, resource, pk, data, options)
  }

  /** Deletes a record; silent when it does not exist unless `raiseNotExists`. */
  delete<R extends CrudResource>(resource: R, pk: number, args?: Pick<DeleteArgs, 'raiseNotExists'>, options?: CallOptions): Promise<void> {
    return op.remove(this, resource, pk, args, options)
  }

  /** Choices of an enumerated field: `{ code: label }`. */
  choices<C extends ChoicesName>(name: C, options?: CallOptions): Promise<ChoicesOf<C>> {
    return op.choices(this, name, options)
  }

  /** Statistics of a resource, computed over the records matching `filters`. */
  stats<S extends StatsName>(name: S, filters?: StatsFiltersOf<S>, options?: CallOptions): Promise<StatsOf<S>> {
    return op.stats(this, name, filters, options)
  }

  /** Configuration the server exposes to front ends (upload limits, session age...). */
  getConfig(options?: CallOptions): Promise<KeystoneConfig> {
    return op.getConfig(this, options)
  }

  /** The API's version number. */
  getVersion(options?: CallOptions): Promise<string> {
    return op.getVersion(this, options)
  }

  /** Whether every health check passes (200), or not (500). */
  getHealth(options?: CallOptions): Promise<boolean> {
    return op.getHealth(this, options)
  }

  /** Health check results as JSON: `{ data: [{ check, healthy, error, time_taken }] }`. */
  getHealthJson(options?: CallOptions): Promise<Record<string, unknown>> {
    return op.getHealthJson(this, options)
  }

  /** Health check results in Prometheus text format. */
  getHealthProm(options?: CallOptions): Promise<string> {
    return op.getHealthProm(this, options)
  }

  /**
   * Runs actions as one atomic batch job (`POST batch/`); later actions may use
   * `@ref{alias.path}`. Resolves with each step's result.
   * @throws {KeystoneBatchError} naming the failing step, its status and body (nothing is kept).
   */
  batch(actions: readonly BatchAction[], options?: BatchOptions): Promise<BatchStepResult[]> {
    return op.batch(this, actions, options)
  }
}

// The generated methods live on the prototype (static block above); this merge types them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface KeystoneClient extends GeneratedMethods {}

