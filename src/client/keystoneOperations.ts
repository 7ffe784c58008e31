import type { CallOptions, CreateOptions, DeleteArgs } from './callOptions.ts'
import type { HttpClient } from './httpClient.ts'
import type { ListParams, ListQuery } from './query.ts'
import type {
  ChoicesName,
  ChoicesOf,
  CreateBodyOf,
  CrudResource,
  DetailResource,
  PageOf,
  PatchableResource,
  PatchBodyOf,
  RecordOf,
  ReplaceBodyOf,
  ResourceName,
  StatsFiltersOf,
  StatsName,
  StatsOf,
  UpdatedRecordOf,
} from './resources.ts'
import type { components } from './schema.gen.ts'

type Schemas = components['schemas']
/** The authenticated user as `whoami` and `login` return it. */
export type KeystoneUser = Schemas['RestrictedUser']
/** Server configuration from `config/`. */
export type KeystoneConfig = Schemas['Config']
/** One action of a batch job: `{ ref?, method, path, payload?, query_params? }`. */
export type BatchAction = Schemas['JobStepRequest']
/** Outcome of one batch step: `{ ref, index, method, path, status, body }`. */
export type BatchStepResult = Schemas['JobStepResult']

/** Options of `batch()`. */
export interface BatchOptions extends CallOptions {
  /** Run every step, then roll everything back. @default false */
  dryRun?: boolean
  /** Files by multipart field name, referenced as `@file{name}` in payloads. */
  files?: Record<string, Blob>
}

/** The leading argument of an operation: the client it runs on, or none for a method of that client. */
type ClientArgument<TClient> = TClient extends HttpClient ? [client: TClient] : []

/**
 * Every operation of the API, each signature written once. As methods of `KeystoneClient`
 * (`client.list('clusters')`) they take no client; `KeystoneOperations<HttpClient>` is the same
 * operations as functions that take the client first (`list(client, 'clusters')`), which the hooks
 * import one by one. A signature stays generic through both forms, which a mapped type that added
 * or dropped the client argument would not keep.
 */
export interface KeystoneOperations<TClient extends HttpClient | undefined = undefined> {
  /**
   * Logs in with a username and password (session cookie + CSRF token).
   * @throws {KeystoneHttpError} 400 with `fieldErrors` on bad credentials.
   */
  login(...args: [...ClientArgument<TClient>, credentials: { username: string; password: string }, options?: CallOptions]): Promise<KeystoneUser>

  /** Logs out; a 401 means already logged out and is not an error. */
  logout(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<void>

  /** The authenticated user, or `null` when the session is anonymous (401). */
  whoami(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<KeystoneUser | null>

  /** Whether the session is authenticated. */
  isAuthenticated(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<boolean>

  /**
   * One page of a resource: `{ count, next, previous, results }`.
   * @throws {KeystoneValidationError} on bad filters, `limit` outside 1..1000 or a bad `offset`.
   */
  list<R extends ResourceName>(...args: [...ClientArgument<TClient>, resource: R, params?: ListParams<R>, options?: CallOptions]): Promise<PageOf<R>>

  /** One record by primary key, or `null` when it does not exist (404). */
  retrieve<R extends DetailResource>(...args: [...ClientArgument<TClient>, resource: R, pk: number, options?: CallOptions]): Promise<RecordOf<R> | null>

  /**
   * Every record matching a query: the first page, then the rest concurrently (at most
   * `concurrency` at once, 1000 per page).
   * @throws {KeystoneResponseError} when the pages contradict their count, or the list holds more than a million records.
   */
  retrieveAll<R extends ResourceName>(...args: [...ClientArgument<TClient>, resource: R, query?: ListQuery<R>, options?: CallOptions]): Promise<RecordOf<R>[]>

  /** Creates a record; with `files` (or a `Blob` field) the body is multipart. */
  create<R extends CrudResource>(...args: [...ClientArgument<TClient>, resource: R, data: CreateBodyOf<R>, options?: CreateOptions]): Promise<RecordOf<R>>

  /** Updates some fields of a record (PATCH). */
  update<R extends PatchableResource>(
    ...args: [...ClientArgument<TClient>, resource: R, pk: number, data: PatchBodyOf<R>, options?: CallOptions]
  ): Promise<UpdatedRecordOf<R>>

  /** Replaces a record (PUT). */
  replace<R extends CrudResource>(
    ...args: [...ClientArgument<TClient>, resource: R, pk: number, data: ReplaceBodyOf<R>, options?: CallOptions]
  ): Promise<UpdatedRecordOf<R>>

  /** Deletes a record; silent when it does not exist unless `raiseNotExists`. */
  delete<R extends CrudResource>(
    ...args: [...ClientArgument<TClient>, resource: R, pk: number, args?: Pick<DeleteArgs, 'raiseNotExists'>, options?: CallOptions]
  ): Promise<void>

  /** Choices of an enumerated field: `{ code: label }`. */
  choices<C extends ChoicesName>(...args: [...ClientArgument<TClient>, name: C, options?: CallOptions]): Promise<ChoicesOf<C>>

  /** Statistics of a resource, computed over the records matching `filters`. */
  stats<S extends StatsName>(...args: [...ClientArgument<TClient>, name: S, filters?: StatsFiltersOf<S>, options?: CallOptions]): Promise<StatsOf<S>>

  /** Configuration the server exposes to front ends (upload limits, session age...). */
  getConfig(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<KeystoneConfig>

  /** The API's version number. */
  getVersion(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<string>

  /** Whether every health check passes (200), or not (500). */
  getHealth(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<boolean>

  /** Health check results as JSON: `{ data: [{ check, healthy, error, time_taken }] }`. */
  getHealthJson(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<Record<string, unknown>>

  /** Health check results in Prometheus text format. */
  getHealthProm(...args: [...ClientArgument<TClient>, options?: CallOptions]): Promise<string>

  /**
   * Runs actions as one atomic batch job (`POST batch/`); later actions may use
   * `@ref{alias.path}`. Resolves with each step's result.
   * @throws {KeystoneBatchError} naming the failing step, its status and body (nothing is kept).
   */
  batch(...args: [...ClientArgument<TClient>, actions: readonly BatchAction[], options?: BatchOptions]): Promise<BatchStepResult[]>
}
