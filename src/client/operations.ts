import { KeystoneBatchError } from './errors/KeystoneBatchError.ts'
import { KeystoneResponseError } from './errors/KeystoneResponseError.ts'
import type { SentRequest } from './errors/SentRequest.ts'
import { checkFilterNames } from './filterNames.ts'
import { assertOk } from './assertOk.ts'
import type { CallOptions, CreateOptions, DeleteArgs } from './callOptions.ts'
import type { HttpClient } from './httpClient.ts'
import type { KeystoneResponse } from './keystoneResponse.ts'
import type { WriteOptions } from './requestOptions.ts'
import { buildQuery, type ListParams, type ListQuery, type QueryInput } from './query.ts'
import {
  choices as choicePaths,
  type ChoicesName,
  type ChoicesOf,
  type CreateBodyOf,
  type CrudResource,
  type DetailResource,
  endpoints,
  type Operation,
  type PageOf,
  type PatchableResource,
  type PatchBodyOf,
  type RecordOf,
  type ReplaceBodyOf,
  type ResourceName,
  resourceOperations,
  resources,
  stats as statsPaths,
  type StatsFiltersOf,
  type StatsName,
  type StatsOf,
  type UpdatedRecordOf,
} from './resources.ts'
import type { components } from './schema.ts'
import { checkJson, checkPk, describe, Issues, refuse } from './validation.ts'

// The operations of the API as functions of an `HttpClient`. `KeystoneClient`'s methods call
// them; the hooks import them one by one, so a dashboard's bundle holds only the operations its
// hooks use (issue 6), not the whole client class.

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

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

/** Sends a record's body (POST, PATCH or PUT) once it is a JSON-safe object; resolves with the answer's body. */
function writeRecord<TData>(send: (options: WriteOptions) => Promise<KeystoneResponse<TData>>, data: unknown, options?: CreateOptions): Promise<TData> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) refuse('data', `must be an object, got ${describe(data)}`)
  const issues = new Issues()
  checkJson(data, 'data', issues)
  issues.throwIfAny()
  return body(send({ ...options, json: data }))
}

/** The body of a 2xx answer; any other status throws `KeystoneHttpError`. */
async function body<TData>(response: Promise<KeystoneResponse<TData>>): Promise<TData> {
  return assertOk(await response).data
}

/** `KeystoneClient.login`. @internal */
export async function login(client: HttpClient, credentials: { username: string; password: string }, options?: CallOptions): Promise<KeystoneUser> {
  const issues = new Issues()
  for (const key of ['username', 'password'] as const) {
    const value: unknown = credentials?.[key]
    if (typeof value !== 'string' || value === '') issues.add(key, 'must be a non-empty string')
  }
  issues.throwIfAny()
  const { username, password } = credentials
  return body(client.connection.send<KeystoneUser>('POST', endpoints.login, { ...options, json: { username, password } }))
}

/** `KeystoneClient.logout`. @internal */
export async function logout(client: HttpClient, options?: CallOptions): Promise<void> {
  const response = await client.connection.send('POST', endpoints.logout, options)
  client.clearCookies()
  if (response.status !== 401) assertOk(response)
}

/** `KeystoneClient.whoami`. @internal */
export async function whoami(client: HttpClient, options?: CallOptions): Promise<KeystoneUser | null> {
  const response = await client.connection.send<KeystoneUser>('GET', endpoints.whoami, options)
  return response.status === 401 ? null : assertOk(response).data
}

/** `KeystoneClient.list`. @internal */
export async function list<R extends ResourceName>(client: HttpClient, resource: R, params?: ListParams<R>, options?: CallOptions): Promise<PageOf<R>> {
  const path = pathOf(resource, 'list')
  // Development builds only: the check and its table fold away where bundlers set NODE_ENV to production.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(params?.filters, { resource })
  return body(client.connection.send<PageOf<R>>('GET', path, { ...options, params: buildQuery(params as QueryInput) }))
}

/** `KeystoneClient.retrieve`. @internal */
export async function retrieve<R extends DetailResource>(client: HttpClient, resource: R, pk: number, options?: CallOptions): Promise<RecordOf<R> | null> {
  const path = `${pathOf(resource, 'retrieve')}${checkPk(pk)}/`
  const response = await client.connection.send<RecordOf<R>>('GET', path, options)
  return response.status === 404 ? null : assertOk(response).data
}

/** `KeystoneClient.retrieveAll`. @internal */
export async function retrieveAll<R extends ResourceName>(client: HttpClient, resource: R, query?: ListQuery<R>, options?: CallOptions): Promise<RecordOf<R>[]> {
  if (query !== undefined && (typeof query !== 'object' || query === null)) refuse('query', `must be an object, got ${describe(query)}`)
  const { filters, search, order } = query ?? {}
  const path = pathOf(resource, 'list')
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(filters, { resource })
  const page = async (offset: number): Promise<Page<R>> => {
    const params = buildQuery({ filters, search, order, limit: PAGE_SIZE, offset } as QueryInput)
    const response = assertOk(await client.connection.send<Page<R>>('GET', path, { ...options, params }))
    return checkPage(response, offset)
  }
  const first = await page(0)
  // The plan is bounded by what the first page shows: `next`, a short page and the cap.
  if (first.next === null && first.count === first.results.length) return first.results
  if (first.next === null || first.results.length < PAGE_SIZE) throw new KeystoneResponseError('The first page contradicts its count', first.request)
  const offsets: number[] = []
  for (let offset = PAGE_SIZE; offset < first.count; offset += PAGE_SIZE) offsets.push(offset)
  const pages: RecordOf<R>[][] = [first.results]
  let next = 0
  const worker = async (): Promise<void> => {
    // `next = offsets.length` after a failure stops every worker: no request storm after an error.
    while (next < offsets.length) {
      const index = next++
      const offset = offsets[index] as number
      const last = index === offsets.length - 1
      try {
        const { results, next: more, request } = await page(offset)
        // Only the last page may be short or end the list; one that does so earlier contradicts the plan.
        if (!last && (results.length < PAGE_SIZE || more === null)) throw new KeystoneResponseError(`The page at offset ${offset} ended the list before its count`, request)
        pages[index + 1] = results
      } catch (error) {
        next = offsets.length
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(client.concurrency, offsets.length) }, worker))
  return pages.flat()
}

/** The most records `retrieveAll` fetches (1000 pages); a larger list is paged with `list`. */
const MAX_RECORDS = 1_000_000

interface Page<R extends ResourceName> {
  count: number
  next: string | null
  results: RecordOf<R>[]
  request: SentRequest
}

/** A list page checked against what `retrieveAll` relies on, before it plans anything from it. */
function checkPage<R extends ResourceName>(response: KeystoneResponse<Page<R>>, offset: number): Page<R> {
  const request = response.sent
  const { count, next, results } = (response.data ?? {}) as Partial<Page<R>>
  if (!Array.isArray(results) || results.length > PAGE_SIZE || typeof count !== 'number' || !Number.isSafeInteger(count) || count < offset + results.length) {
    throw new KeystoneResponseError('The list answer is not a page of at most 1000 records within its count', request)
  }
  if (count > MAX_RECORDS) throw new KeystoneResponseError(`The list holds ${count} records, more than the ${MAX_RECORDS} retrieveAll fetches: page it with list()`, request)
  return { count, next: typeof next === 'string' ? next : null, results, request }
}

/** `KeystoneClient.create`. @internal */
export async function create<R extends CrudResource>(client: HttpClient, resource: R, data: CreateBodyOf<R>, options?: CreateOptions): Promise<RecordOf<R>> {
  const path = pathOf(resource, 'create')
  return writeRecord((write) => client.connection.send<RecordOf<R>>('POST', path, write), data, options)
}

/** `KeystoneClient.update`. @internal */
export async function update<R extends PatchableResource>(
  client: HttpClient,
  resource: R,
  pk: number,
  data: PatchBodyOf<R>,
  options?: CallOptions,
): Promise<UpdatedRecordOf<R>> {
  const path = `${pathOf(resource, 'update')}${checkPk(pk)}/`
  return writeRecord((write) => client.connection.send<UpdatedRecordOf<R>>('PATCH', path, write), data, options)
}

/** `KeystoneClient.replace`. @internal */
export async function replace<R extends CrudResource>(
  client: HttpClient,
  resource: R,
  pk: number,
  data: ReplaceBodyOf<R>,
  options?: CallOptions,
): Promise<UpdatedRecordOf<R>> {
  const path = `${pathOf(resource, 'replace')}${checkPk(pk)}/`
  return writeRecord((write) => client.connection.send<UpdatedRecordOf<R>>('PUT', path, write), data, options)
}

/** `KeystoneClient.delete`. @internal */
export async function remove<R extends CrudResource>(
  client: HttpClient,
  resource: R,
  pk: number,
  { raiseNotExists = false }: Pick<DeleteArgs, 'raiseNotExists'> = {},
  options?: CallOptions,
): Promise<void> {
  const path = `${pathOf(resource, 'delete')}${checkPk(pk)}/`
  const response = await client.connection.send('DELETE', path, options)
  if (response.status !== 404 || raiseNotExists) assertOk(response)
}

/** `KeystoneClient.choices`. @internal */
export async function choices<C extends ChoicesName>(client: HttpClient, name: C, options?: CallOptions): Promise<ChoicesOf<C>> {
  if (!Object.hasOwn(choicePaths, name)) refuse('name', `is not a choices endpoint: ${describe(name)}`)
  return body(client.connection.send<ChoicesOf<C>>('GET', choicePaths[name], options))
}

/** `KeystoneClient.stats`. @internal */
export async function stats<S extends StatsName>(client: HttpClient, name: S, filters?: StatsFiltersOf<S>, options?: CallOptions): Promise<StatsOf<S>> {
  if (!Object.hasOwn(statsPaths, name)) refuse('name', `is not a stats endpoint: ${describe(name)}`)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(filters, { stats: name })
  return body(client.connection.send<StatsOf<S>>('GET', statsPaths[name], { ...options, params: buildQuery({ filters } as QueryInput) }))
}

/** `KeystoneClient.getConfig`. @internal */
export async function getConfig(client: HttpClient, options?: CallOptions): Promise<KeystoneConfig> {
  return body(client.connection.send<KeystoneConfig>('GET', endpoints.config, options))
}

/** `KeystoneClient.getVersion`. @internal */
export async function getVersion(client: HttpClient, options?: CallOptions): Promise<string> {
  return String(await body(client.connection.send('GET', endpoints.version, { ...options, responseType: 'text' })))
}

/** `KeystoneClient.getHealth`. @internal */
export async function getHealth(client: HttpClient, options?: CallOptions): Promise<boolean> {
  const response = await client.connection.send('GET', endpoints.health, { ...options, responseType: 'text' })
  return response.status === 500 ? false : (assertOk(response), true)
}

/** `KeystoneClient.getHealthJson`. @internal */
export async function getHealthJson(client: HttpClient, options?: CallOptions): Promise<Record<string, unknown>> {
  return body(client.connection.send<Record<string, unknown>>('GET', endpoints.healthJson, options))
}

/** `KeystoneClient.getHealthProm`. @internal */
export async function getHealthProm(client: HttpClient, options?: CallOptions): Promise<string> {
  return String(await body(client.connection.send('GET', endpoints.healthProm, { ...options, responseType: 'text' })))
}

/** `KeystoneClient.batch`. @internal */
export async function batch(
  client: HttpClient,
  actions: readonly BatchAction[],
  { dryRun = false, files, ...options }: BatchOptions = {},
): Promise<BatchStepResult[]> {
  const issues = new Issues()
  if (!Array.isArray(actions) || actions.length === 0) issues.add('actions', 'must be a non-empty array')
  else
    actions.forEach((action: Partial<BatchAction> | undefined, index) => {
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(action?.method as string)) issues.add(`actions[${index}].method`, 'must be GET, POST, PUT, PATCH or DELETE')
      if (typeof action?.path !== 'string' || !action.path) issues.add(`actions[${index}].path`, 'must be a non-empty string')
      if (action?.ref !== undefined && !/^\w*$/.test(action.ref)) issues.add(`actions[${index}].ref`, 'must be letters, digits or underscores')
      checkJson(action, `actions[${index}]`, issues)
      // The server refuses a job whose aliases repeat (400), so say which one before sending it.
      if (action?.ref && actions.findIndex((other) => other?.ref === action.ref) < index) issues.add(`actions[${index}].ref`, `repeats the alias "${action.ref}" of an earlier action`)
    })
  issues.throwIfAny()
  const job = { dry_run: dryRun, actions }
  const response = await client.connection.send<{ results: BatchStepResult[] }>('POST', endpoints.batch, {
    ...options,
    json: files ? { job: JSON.stringify(job) } : { job },
    files,
  })
  if (response.status === 422) throw new KeystoneBatchError(response.data as object, response.sent)
  return assertOk(response).data.results
}
