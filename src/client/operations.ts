import { assertOk } from './assertOk.ts'
import type { CreateOptions } from './callOptions.ts'
import type { HttpMethod } from './connection.ts'
import { KeystoneBatchError } from './errors/KeystoneBatchError.ts'
import { KeystoneResponseError } from './errors/KeystoneResponseError.ts'
import type { SentRequest } from './errors/SentRequest.ts'
import { checkFilterNames } from './filterNames.ts'
import type { HttpClient } from './httpClient.ts'
import type { BatchAction, BatchStepResult, KeystoneOperations, KeystoneUser } from './keystoneOperations.ts'
import type { KeystoneResponse } from './keystoneResponse.ts'
import { buildQuery, type QueryInput } from './query.ts'
import {
  choices as choicePaths,
  endpoints,
  type Operation,
  type RecordOf,
  type ResourceName,
  resourceOperations,
  resources,
  stats as statsPaths,
} from './resources.ts'
import { checkJson, checkPk, Issues, refuse } from './validation.ts'

// The operations of the API as functions that take the client first. `KeystoneClient` makes each
// one its method; the hooks import them one by one, so a dashboard's bundle holds only the
// operations its hooks use. Their signatures and documentation are `KeystoneOperations`.

export type { BatchAction, BatchOptions, BatchStepResult, KeystoneConfig, KeystoneUser } from './keystoneOperations.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** Each operation's type, as a function of the client. */
type Functions = KeystoneOperations<HttpClient>

const PAGE_SIZE = 1000

/** Path of a resource, after checking it exists and allows `op` (for JavaScript callers). */
function pathOf(resource: ResourceName, op: Operation): string {
  const spec = (resources as Record<string, (typeof resources)[ResourceName]>)[resource]
  if (!spec || !Object.hasOwn(resources, resource)) return refuse('resource', 'resource', resource)
  if (!resourceOperations[spec.ops].includes(op)) refuse('resource', 'operation', [resource, op])
  return spec.path
}

/** The body of a 2xx answer; any other status throws `KeystoneHttpError`. */
async function body<TData>(response: Promise<KeystoneResponse<TData>>): Promise<TData> {
  return assertOk(await response).data
}

/** Sends a record's body (POST, PATCH or PUT) once it is a JSON-safe object; resolves with the answer's body. */
function writeRecord<TData>(client: HttpClient, method: HttpMethod, path: string, data: unknown, options?: CreateOptions): Promise<TData> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) refuse('data', 'object', data)
  const issues = new Issues()
  checkJson(data, 'data', issues)
  issues.throwIfAny()
  return body(client.connection.send<TData>(method, path, { ...options, json: data }))
}

/** `KeystoneClient.login`. @internal */
export const login: Functions['login'] = async (client, credentials, options) => {
  const issues = new Issues()
  for (const key of ['username', 'password'] as const) {
    const value: unknown = credentials?.[key]
    if (typeof value !== 'string' || value === '') issues.add(key, 'nonEmptyString', undefined)
  }
  issues.throwIfAny()
  const { username, password } = credentials
  return body(client.connection.send('POST', endpoints.login, { ...options, json: { username, password } }))
}

/** `KeystoneClient.logout`. @internal */
export const logout: Functions['logout'] = async (client, options) => {
  const response = await client.connection.send('POST', endpoints.logout, options)
  client.clearCookies()
  if (response.status !== 401) assertOk(response)
}

/** `KeystoneClient.whoami`. @internal */
export const whoami: Functions['whoami'] = async (client, options) => {
  const response = await client.connection.send<KeystoneUser>('GET', endpoints.whoami, options)
  return response.status === 401 ? null : assertOk(response).data
}

/** `KeystoneClient.isAuthenticated`. @internal */
export const isAuthenticated: Functions['isAuthenticated'] = async (client, options) => (await whoami(client, options)) !== null

/** `KeystoneClient.list`. @internal */
export const list: Functions['list'] = async (client, resource, params, options) => {
  const path = pathOf(resource, 'list')
  // Development builds only: the check and its table fold away where bundlers set NODE_ENV to
  // production, which they do only where the condition is written out in place.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(params?.filters, { resource })
  return body(client.connection.send('GET', path, { ...options, params: buildQuery(params as QueryInput) }))
}

/** `KeystoneClient.retrieve`. @internal */
export const retrieve: Functions['retrieve'] = async (client, resource, pk, options) => {
  const response = await client.connection.send<RecordOf<typeof resource>>('GET', `${pathOf(resource, 'retrieve')}${checkPk(pk)}/`, options)
  return response.status === 404 ? null : assertOk(response).data
}

/** `KeystoneClient.retrieveAll`. @internal */
export const retrieveAll: Functions['retrieveAll'] = async (client, resource, query, options) => {
  if (query !== undefined && (typeof query !== 'object' || query === null)) refuse('query', 'object', query)
  const { filters, search, order } = query ?? {}
  const path = pathOf(resource, 'list')
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(filters, { resource })
  const page = async (offset: number): Promise<Page<RecordOf<typeof resource>>> => {
    const params = buildQuery({ filters, search, order, limit: PAGE_SIZE, offset } as QueryInput)
    return checkPage(assertOk(await client.connection.send('GET', path, { ...options, params })), offset)
  }
  const first = await page(0)
  // The plan is bounded by what the first page shows: `next`, a short page and the cap.
  if (first.next === null && first.count === first.results.length) return first.results
  if (first.next === null || first.results.length < PAGE_SIZE) {
    throw new KeystoneResponseError(typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? 'The first page contradicts its count' : 'first page contradicts count', first.request)
  }
  const offsets: number[] = []
  for (let offset = PAGE_SIZE; offset < first.count; offset += PAGE_SIZE) offsets.push(offset)
  const pages = [first.results]
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
        if (!last && (results.length < PAGE_SIZE || more === null)) {
          const text = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `The page at offset ${offset} ended the list before its count` : 'page ended before count'
          throw new KeystoneResponseError(text, request)
        }
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

// A page that breaks the paging contract is explained in a sentence in development builds; in
// production the same KeystoneResponseError (with its request) names the breach in a few words.

interface Page<TRecord> {
  count: number
  next: string | null
  results: TRecord[]
  request: SentRequest
}

/** A list page checked against what `retrieveAll` relies on, before it plans anything from it. */
function checkPage<TRecord>(response: KeystoneResponse, offset: number): Page<TRecord> {
  const request = response.sent
  const { count, next, results } = (response.data ?? {}) as Partial<Page<TRecord>>
  if (!Array.isArray(results) || results.length > PAGE_SIZE || typeof count !== 'number' || !Number.isSafeInteger(count) || count < offset + results.length) {
    const text = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? 'The list answer is not a page of at most 1000 records within its count' : 'not a page'
    throw new KeystoneResponseError(text, request)
  }
  if (count > MAX_RECORDS) {
    const text = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `The list holds ${count} records, more than the ${MAX_RECORDS} retrieveAll fetches: page it with list()` : 'too many records'
    throw new KeystoneResponseError(text, request)
  }
  return { count, next: typeof next === 'string' ? next : null, results, request }
}

/** `KeystoneClient.create`. @internal */
export const create: Functions['create'] = async (client, resource, data, options) => writeRecord(client, 'POST', pathOf(resource, 'create'), data, options)

/** `KeystoneClient.update`. @internal */
export const update: Functions['update'] = async (client, resource, pk, data, options) =>
  writeRecord(client, 'PATCH', `${pathOf(resource, 'update')}${checkPk(pk)}/`, data, options)

/** `KeystoneClient.replace`. @internal */
export const replace: Functions['replace'] = async (client, resource, pk, data, options) =>
  writeRecord(client, 'PUT', `${pathOf(resource, 'replace')}${checkPk(pk)}/`, data, options)

/** `KeystoneClient.delete`; `delete` is a word a function cannot be named. @internal */
export const remove: Functions['delete'] = async (client, resource, pk, { raiseNotExists = false } = {}, options) => {
  const response = await client.connection.send('DELETE', `${pathOf(resource, 'delete')}${checkPk(pk)}/`, options)
  if (response.status !== 404 || raiseNotExists) assertOk(response)
}

/** `KeystoneClient.choices`. @internal */
export const choices: Functions['choices'] = async (client, name, options) => {
  if (!Object.hasOwn(choicePaths, name)) refuse('name', 'choices', name)
  return body(client.connection.send('GET', choicePaths[name], options))
}

/** `KeystoneClient.stats`. @internal */
export const stats: Functions['stats'] = async (client, name, filters, options) => {
  if (!Object.hasOwn(statsPaths, name)) refuse('name', 'stats', name)
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') checkFilterNames(filters, { stats: name })
  return body(client.connection.send('GET', statsPaths[name], { ...options, params: buildQuery({ filters } as QueryInput) }))
}

/** `KeystoneClient.getConfig`. @internal */
export const getConfig: Functions['getConfig'] = async (client, options) => body(client.connection.send('GET', endpoints.config, options))

/** `KeystoneClient.getVersion`. @internal */
export const getVersion: Functions['getVersion'] = async (client, options) =>
  String(await body(client.connection.send('GET', endpoints.version, { ...options, responseType: 'text' })))

/** `KeystoneClient.getHealth`. @internal */
export const getHealth: Functions['getHealth'] = async (client, options) => {
  const response = await client.connection.send('GET', endpoints.health, { ...options, responseType: 'text' })
  return response.status === 500 ? false : (assertOk(response), true)
}

/** `KeystoneClient.getHealthJson`. @internal */
export const getHealthJson: Functions['getHealthJson'] = async (client, options) => body(client.connection.send('GET', endpoints.healthJson, options))

/** `KeystoneClient.getHealthProm`. @internal */
export const getHealthProm: Functions['getHealthProm'] = async (client, options) =>
  String(await body(client.connection.send('GET', endpoints.healthProm, { ...options, responseType: 'text' })))

/** `KeystoneClient.batch`. @internal */
export const batch: Functions['batch'] = async (client, actions, { dryRun = false, files, ...options } = {}) => {
  const issues = new Issues()
  if (!Array.isArray(actions) || actions.length === 0) issues.add('actions', 'nonEmptyArray', undefined)
  else
    actions.forEach((action: Partial<BatchAction> | undefined, index) => {
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(action?.method as string)) issues.add(`actions[${index}].method`, 'method', undefined)
      if (typeof action?.path !== 'string' || !action.path) issues.add(`actions[${index}].path`, 'nonEmptyString', undefined)
      if (action?.ref !== undefined && !/^\w*$/.test(action.ref)) issues.add(`actions[${index}].ref`, 'ref', undefined)
      checkJson(action, `actions[${index}]`, issues)
      // The server refuses a job whose aliases repeat (400), so say which one before sending it.
      if (action?.ref && actions.findIndex((other) => other?.ref === action.ref) < index) issues.add(`actions[${index}].ref`, 'repeatedRef', action.ref)
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
