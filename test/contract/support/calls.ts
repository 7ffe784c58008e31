import { isKeystoneHttpError, type KeystoneClient, type ResourceName, resources } from 'keystone-api-react/client'
import { createBodies, idOf, type Payload, patchBodies, replaceBodies, type RunState } from './payloads.ts'
import { labelOf, type Step } from './plan.ts'

type Method = (...args: unknown[]) => Promise<unknown>
type Row = Record<string, unknown>

/** The credentials of a run. */
export interface Credentials {
  readonly username: string
  readonly password: string
}

function method(client: KeystoneClient, name: string): Method {
  const fn = (client as unknown as Record<string, Method | undefined>)[name]
  if (typeof fn !== 'function') throw new Error(`KeystoneClient has no method ${name}`)
  return fn.bind(client)
}

function payload(table: Partial<Record<ResourceName, (state: RunState) => Payload>>, resource: ResourceName, state: RunState): Payload {
  const make = table[resource]
  if (!make) throw new Error(`test/contract/support/payloads.ts has no body for ${resource}`)
  return make(state)
}

/** An id no server has handed out yet, for operations on resources the API cannot create. */
const ABSENT_ID = 2_147_483_647

/** A record to retrieve: the logged-in user's own when records have a `user` (notifications are private), else one created. */
function pick(state: RunState, resource: ResourceName): number | undefined {
  const rows = state.listed[resource] ?? []
  const row = rows.find((item) => item.user === state.me) ?? rows[0]
  return typeof row?.id === 'number' ? row.id : state.created[resource]
}

/**
 * Calls a detail operation on a record, or, when the server holds none of that resource and the
 * API cannot make one (notifications and task logs come from Celery jobs), on an absent id: the
 * server must then answer 404, and the operation is noted as answered by a 404.
 */
async function onRecord(step: Step, state: RunState, resource: ResourceName, call: (pk: number) => Promise<unknown>): Promise<void> {
  const pk = pick(state, resource)
  if (pk !== undefined) {
    await call(pk)
    return
  }
  if (!state.absent) throw new Error(`No ${resource} record to call ${step.label} on: the list step found none`)
  try {
    // A retrieval answers null for a 404; a write throws.
    if ((await call(ABSENT_ID)) === null) {
      state.absent.push(step.operation.key)
      return
    }
  } catch (error) {
    if (isKeystoneHttpError(error) && error.status === 404) {
      state.absent.push(step.operation.key)
      return
    }
    throw error
  }
  throw new Error(`${step.label}(${ABSENT_ID}) succeeded on a record that should not exist`)
}

/** An `__in` filter over values of listed records (several, comma-joined by the client). */
function inFilter(parameters: readonly string[], rows: readonly Row[]): Record<string, unknown[]> {
  const fields = parameters.filter((name) => name.endsWith('__in')).map((name) => name.slice(0, -4))
  const usable = (value: unknown): boolean => typeof value === 'number' || (typeof value === 'string' && value !== '' && !value.includes(','))
  const field = ['id', ...fields].find((name) => fields.includes(name) && rows.some((row) => usable(row[name])))
  if (field) return { [`${field}__in`]: [...new Set(rows.map((row) => row[field]).filter(usable))].slice(0, 3) }
  return fields.includes('id') ? { id__in: [1, 2] } : {}
}

/** Lists a page to learn ids, then lists again with an `__in` filter, search, order and paging. */
async function list(client: KeystoneClient, resource: ResourceName, state: RunState, parameters: readonly string[]): Promise<void> {
  const listPage = method(client, `list${resources[resource].many}`)
  const page = (await listPage({ limit: 20 })) as { results: Row[] }
  state.listed[resource] = page.results
  const filters = inFilter(parameters, page.results)
  const order = Object.keys(filters)[0]?.slice(0, -4)
  await listPage({ filters, ...(state.noSearch.has(resource) ? {} : { search: 'a' }), ...(order ? { order: `-${order}` } : {}), limit: 5, offset: 0 })
}

async function write(client: KeystoneClient, step: Step, resource: ResourceName, state: RunState): Promise<void> {
  const call = method(client, labelOf(step.call))
  switch (step.call.kind) {
    case 'create': {
      const { data, files } = payload(createBodies, resource, state)
      state.created[resource] = ((await call(data, { files })) as Row).id as number
      return
    }
    case 'update': {
      // Notifications cannot be created: patch the user's own.
      const data = payload(patchBodies, resource, state).data
      if (state.created[resource] !== undefined) await call({ pk: state.created[resource], data })
      else await onRecord(step, state, resource, (pk) => call({ pk, data }))
      return
    }
    case 'replace':
      await call({ pk: idOf(state, resource), data: payload(resource in replaceBodies ? replaceBodies : createBodies, resource, state).data })
      return
    case 'delete':
      await call({ pk: idOf(state, resource), raiseNotExists: true })
      return
    default:
      await onRecord(step, state, resource, (pk) => call({ pk }))
  }
}

/** A dry-run batch as JSON, then as multipart with a file referenced by `@file{upload}`. */
async function batch(client: KeystoneClient, state: RunState): Promise<void> {
  const read = [
    { ref: 'team', method: 'GET', path: `/users/teams/${idOf(state, 'teams')}/` },
    { method: 'GET', path: '/users/teams/@ref{team.id}/' },
  ] as const
  await client.batch(read, { dryRun: true })
  const upload = { method: 'POST', path: '/allocations/attachments/', payload: { request: idOf(state, 'requests'), file: '@file{upload}' } } as const
  await client.batch([...read, upload], { dryRun: true, files: { upload: new File(['%PDF-1.4 batch'], 'batch.pdf', { type: 'application/pdf' }) } })
}

/**
 * Makes the library call of a step: a generated client method for resources, choices and
 * stats, a named one for the fixed endpoints. Lists and retrievals record ids in `state`.
 */
export async function runStep(client: KeystoneClient, step: Step, state: RunState, credentials: Credentials, parameters: readonly string[]): Promise<void> {
  const { call } = step
  if ('resource' in call) return call.kind === 'list' ? list(client, call.resource, state, parameters) : write(client, step, call.resource, state)
  if (call.kind === 'stats') {
    await method(client, labelOf(call))(inFilter(parameters, []))
  } else if (call.kind === 'login') {
    state.me = (await client.login(credentials)).id
  } else if (call.kind === 'batch') {
    await batch(client, state)
  } else {
    await method(client, labelOf(call))()
  }
}
