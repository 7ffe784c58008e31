import { KeystoneBatchError } from './errors/KeystoneBatchError.ts'
import { assertOk, sentRequestOf } from './http.ts'
import { HttpClient } from './httpClient.ts'
import type { CallOptions, CreateOptions, DeleteArgs, GeneratedMethods, WithData } from './methods.ts'
import { buildQuery, type ListParams, type ListQuery, type QueryInput } from './query.ts'
import {
  choices,
  type ChoicesName,
  type ChoicesOf,
  type CreateBodyOf,
  type CrudResource,
  type DetailResource,
  endpoints,
  type PageOf,
  type PatchableResource,
  type PatchBodyOf,
  type RecordOf,
  type ReplaceBodyOf,
  type ResourceName,
  type Operation,
  resourceOperations,
  resources,
  stats,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
  type UpdatedRecordOf,
} from './resources.ts'
import type { components } from './schema.ts'
import { checkJson, checkPk, describe, Issues, refuse } from './validation.ts'

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

const PAGE_SIZE = 1000

/** Path of a resource, after checking it exists and allows `op` (for JavaScript callers). */
function pathOf(resource: ResourceName, op: Operation): string {
  const spec = (resources as Record<string, (typeof resources)[ResourceName]>)[resource]
  if (!spec || !Object.hasOwn(resources, resource)) return refuse('resource', `is not a Keystone resource: ${describe(resource)}`)
  if (!resourceOperations[spec.ops].includes(op)) refuse('resource', `${resource} does not allow ${op}`)
  return spec.path
}

function checkBody(data: unknown): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) refuse('data', `must be an object, got ${describe(data)}`)
  const issues = new Issues()
  checkJson(data, 'data', issues)
  issues.throwIfAny()
}

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
export class KeystoneClient extends HttpClient {
  static {
    // One loop makes the named methods of every resource (STYLE.md §8): a row costs no code.
    const proto = this.prototype as unknown as Record<string, (this: KeystoneClient, ...args: never[]) => unknown>
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
  }

  /**
   * Logs in with a username and password (session cookie + CSRF token).
   * @throws {KeystoneHttpError} 400 with `fieldErrors` on bad credentials.
   */
  async login(credentials: { username: string; password: string }, options?: CallOptions): Promise<KeystoneUser> {
    const issues = new Issues()
    for (const key of ['username', 'password'] as const) {
      const value: unknown = credentials?.[key]
      if (typeof value !== 'string' || value === '') issues.add(key, 'must be a non-empty string')
    }
    issues.throwIfAny()
    const { username, password } = credentials
    return this.json(this.httpPost<KeystoneUser>(endpoints.login, { ...options, json: { username, password } }))
  }

  /** Logs out; a 401 means already logged out and is not an error. */
  async logout(options?: CallOptions): Promise<void> {
    const response = await this.httpPost(endpoints.logout, options)
    this.clearCookies()
    if (response.status !== 401) assertOk(response)
  }

  /** The authenticated user, or `null` when the session is anonymous (401). */
  async whoami(options?: CallOptions): Promise<KeystoneUser | null> {
    const response = await this.httpGet<KeystoneUser>(endpoints.whoami, options)
    return response.status === 401 ? null : assertOk(response).data
  }

  /** Whether the session is authenticated. */
  async isAuthenticated(options?: CallOptions): Promise<boolean> {
    return (await this.whoami(options)) !== null
  }

  /**
   * One page of a resource: `{ count, next, previous, results }`.
   * @throws {KeystoneValidationError} on bad filters, `limit` outside 1..1000 or a bad `offset`.
   */
  async list<R extends ResourceName>(resource: R, params?: ListParams<R>, options?: CallOptions): Promise<PageOf<R>> {
    const path = pathOf(resource, 'list')
    return this.json(this.httpGet<PageOf<R>>(path, { ...options, params: buildQuery(params as QueryInput) }))
  }

  /** One record by primary key, or `null` when it does not exist (404). */
  async retrieve<R extends DetailResource>(resource: R, pk: number, options?: CallOptions): Promise<RecordOf<R> | null> {
    const path = `${pathOf(resource, 'retrieve')}${checkPk(pk)}/`
    const response = await this.httpGet<RecordOf<R>>(path, options)
    return response.status === 404 ? null : assertOk(response).data
  }

  /**
   * Every record matching a query: the first page, then the rest concurrently (at most
   * `concurrency` at once, 1000 per page).
   */
  async retrieveAll<R extends ResourceName>(resource: R, query?: ListQuery<R>, options?: CallOptions): Promise<RecordOf<R>[]> {
    if (query !== undefined && (typeof query !== 'object' || query === null)) refuse('query', `must be an object, got ${describe(query)}`)
    const { filters, search, order } = query ?? {}
    const page = (offset: number): Promise<PageOf<R>> =>
      this.list(resource, { filters, search, order, limit: PAGE_SIZE, offset } as ListParams<R>, options)
    const first = (await page(0)) as { count: number; results: RecordOf<R>[] }
    const offsets: number[] = []
    for (let offset = PAGE_SIZE; offset < first.count; offset += PAGE_SIZE) offsets.push(offset)
    const pages: RecordOf<R>[][] = [first.results]
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < offsets.length) {
        const index = next++
        pages[index + 1] = ((await page(offsets[index] as number)) as { results: RecordOf<R>[] }).results
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, offsets.length) }, worker))
    return pages.flat()
  }

  /** Creates a record; with `files` (or a `Blob` field) the body is multipart. */
  async create<R extends CrudResource>(resource: R, data: CreateBodyOf<R>, options?: CreateOptions): Promise<RecordOf<R>> {
    const path = pathOf(resource, 'create')
    checkBody(data)
    return this.json(this.httpPost<RecordOf<R>>(path, { ...options, json: data }))
  }

  /** Updates some fields of a record (PATCH). */
  async update<R extends PatchableResource>(resource: R, pk: number, data: PatchBodyOf<R>, options?: CallOptions): Promise<UpdatedRecordOf<R>> {
    const path = `${pathOf(resource, 'update')}${checkPk(pk)}/`
    checkBody(data)
    return this.json(this.httpPatch<UpdatedRecordOf<R>>(path, { ...options, json: data }))
  }

  /** Replaces a record (PUT). */
  async replace<R extends CrudResource>(resource: R, pk: number, data: ReplaceBodyOf<R>, options?: CallOptions): Promise<UpdatedRecordOf<R>> {
    const path = `${pathOf(resource, 'replace')}${checkPk(pk)}/`
    checkBody(data)
    return this.json(this.httpPut<UpdatedRecordOf<R>>(path, { ...options, json: data }))
  }

  /** Deletes a record; silent when it does not exist unless `raiseNotExists`. */
  async delete<R extends CrudResource>(
    resource: R,
    pk: number,
    { raiseNotExists = false }: Pick<DeleteArgs, 'raiseNotExists'> = {},
    options?: CallOptions,
  ): Promise<void> {
    const path = `${pathOf(resource, 'delete')}${checkPk(pk)}/`
    const response = await this.httpDelete(path, options)
    if (response.status !== 404 || raiseNotExists) assertOk(response)
  }

  /** Choices of an enumerated field: `{ code: label }`. */
  async choices<C extends ChoicesName>(name: C, options?: CallOptions): Promise<ChoicesOf<C>> {
    if (!Object.hasOwn(choices, name)) refuse('name', `is not a choices endpoint: ${describe(name)}`)
    return this.json(this.httpGet<ChoicesOf<C>>(choices[name], options))
  }

  /** Statistics of a resource, computed over the records matching `filters`. */
  async stats<S extends StatsName>(name: S, filters?: StatsFiltersOf<S>, options?: CallOptions): Promise<StatsOf<S>> {
    if (!Object.hasOwn(stats, name)) refuse('name', `is not a stats endpoint: ${describe(name)}`)
    return this.json(this.httpGet<StatsOf<S>>(stats[name], { ...options, params: buildQuery({ filters } as QueryInput) }))
  }

  /** Configuration the server exposes to front ends (upload limits, session age...). */
  async getConfig(options?: CallOptions): Promise<KeystoneConfig> {
    return this.json(this.httpGet<KeystoneConfig>(endpoints.config, options))
  }

  /** The API's version number. */
  async getVersion(options?: CallOptions): Promise<string> {
    return String(await this.json(this.httpGet(endpoints.version, { ...options, responseType: 'text' })))
  }

  /** Whether every health check passes (200), or not (500). */
  async getHealth(options?: CallOptions): Promise<boolean> {
    const response = await this.httpGet(endpoints.health, { ...options, responseType: 'text' })
    return response.status === 500 ? false : (assertOk(response), true)
  }

  /** Health check results as JSON: `{ data: [{ check, healthy, error, time_taken }] }`. */
  async getHealthJson(options?: CallOptions): Promise<Record<string, unknown>> {
    return this.json(this.httpGet<Record<string, unknown>>(endpoints.healthJson, options))
  }

  /** Health check results in Prometheus text format. */
  async getHealthProm(options?: CallOptions): Promise<string> {
    return String(await this.json(this.httpGet(endpoints.healthProm, { ...options, responseType: 'text' })))
  }

  /**
   * Runs actions as one atomic batch job (`POST batch/`); later actions may use
   * `@ref{alias.path}`. Resolves with each step's result.
   * @throws {KeystoneBatchError} naming the failing step, its status and body (nothing is kept).
   */
  async batch(actions: readonly BatchAction[], { dryRun = false, files, ...options }: BatchOptions = {}): Promise<BatchStepResult[]> {
    const issues = new Issues()
    if (!Array.isArray(actions) || actions.length === 0) issues.add('actions', 'must be a non-empty array')
    else
      actions.forEach((action: Partial<BatchAction> | undefined, index) => {
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(action?.method as string)) issues.add(`actions[${index}].method`, 'must be GET, POST, PUT, PATCH or DELETE')
        if (typeof action?.path !== 'string' || !action.path) issues.add(`actions[${index}].path`, 'must be a non-empty string')
        if (action?.ref !== undefined && !/^\w*$/.test(action.ref)) issues.add(`actions[${index}].ref`, 'must be letters, digits or underscores')
        checkJson(action, `actions[${index}]`, issues)
      })
    issues.throwIfAny()
    const job = { dry_run: dryRun, actions }
    const response = await this.httpPost<{ results: BatchStepResult[] }>(endpoints.batch, {
      ...options,
      json: files ? { job: JSON.stringify(job) } : { job },
      files,
    })
    if (response.status === 422) throw new KeystoneBatchError(response.data as object, sentRequestOf(response))
    return assertOk(response).data.results
  }
}

// The generated methods live on the prototype (static block above); this merge types them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface KeystoneClient extends GeneratedMethods {}

