import type { ResourceName } from 'keystone-api-react/client'

/** What the steps of a run share: who is logged in and the ids listed and created so far. */
export interface RunState {
  /** Id of the logged-in user (from `login`). */
  me?: number
  /** Records of each resource's first listed page. */
  readonly listed: Partial<Record<ResourceName, Record<string, unknown>[]>>
  /** Ids of records this run created (and deletes). */
  readonly created: Partial<Record<ResourceName, number>>
  /** Suffix that keeps names unique on a live server. */
  readonly unique: string
  /** Lists listed without `_search` (see `SEARCH_FAILS`). */
  readonly noSearch: ReadonlySet<ResourceName>
  /** Operations answered 404 because the server has no record for them (none can be created through the API). */
  readonly absent?: string[]
}

/**
 * Lists whose `_search` Keystone 0.10.9 answers with 500: their views search fields their models
 * lack (`path` on attachments, `public_comments` on reviews, `record_name` on audit logs,
 * `message` on notifications). test/live/deviations.test.ts shows it on the server.
 */
export const SEARCH_FAILS: ReadonlySet<ResourceName> = new Set(['attachments', 'reviews', 'auditLogs', 'notifications'])

/** A body and the files sent with it. */
export interface Payload {
  readonly data: Record<string, unknown>
  readonly files?: Record<string, Blob>
}

/** Id of a record to point at: one this run created, else the first listed one. */
export function idOf(state: RunState, resource: ResourceName): number {
  const id = state.created[resource] ?? state.listed[resource]?.[0]?.id
  if (typeof id !== 'number') throw new Error(`No ${resource} record to point at: none was created or listed`)
  return id
}

function me(state: RunState): number {
  if (state.me === undefined) throw new Error('Not logged in: the login step did not run')
  return state.me
}

const pdf = (name: string): File => new File(['%PDF-1.4 contract'], name, { type: 'application/pdf' })

type Make = (state: RunState) => Payload

/** Create (POST) bodies; they also serve PUT unless `replaceBodies` has one. */
export const createBodies: Partial<Record<ResourceName, Make>> = {
  teams: (s) => ({ data: { name: `Contract team ${s.unique}` } }),
  users: (s) => ({ data: { username: `contract-${s.unique}`, password: `Contract-${s.unique}-pw`, first_name: 'Cora', last_name: 'Tract' } }),
  clusters: (s) => ({ data: { name: `contract-${s.unique}`, description: 'contract test', enabled: true, access_mode: 'WL', access_teams: [idOf(s, 'teams')] } }),
  memberships: (s) => ({ data: { user: idOf(s, 'users'), team: idOf(s, 'teams'), role: 'MB' } }),
  requests: (s) => ({ data: { title: `Contract ${s.unique}`, description: 'Needs compute', submitter: me(s), team: idOf(s, 'teams') } }),
  allocations: (s) => ({ data: { requested: 1000, cluster: idOf(s, 'clusters'), request: idOf(s, 'requests') } }),
  reviews: (s) => ({ data: { status: 'AP', request: idOf(s, 'requests') } }),
  comments: (s) => ({ data: { content: 'Looks good', private: false, request: idOf(s, 'requests') } }),
  attachments: (s) => ({ data: { name: 'plan.pdf', request: idOf(s, 'requests') }, files: { file: pdf('plan.pdf') } }),
  grants: (s) => ({ data: { title: `Grant ${s.unique}`, agency: 'NSF', amount: '1000.50', start_date: '2026-02-01', team: idOf(s, 'teams') } }),
  publications: (s) => ({ data: { title: `Paper ${s.unique}`, team: idOf(s, 'teams') } }),
  preferences: (s) => ({ data: { user: idOf(s, 'users'), notify_on_expiration: false } }),
}

/** PUT bodies that differ from the create body. */
export const replaceBodies: Partial<Record<ResourceName, Make>> = {
  teams: (s) => ({ data: { name: `Contract team ${s.unique} renamed`, is_active: true } }),
  // A PUT of an attachment replaces its file: the file is a field of the body, sent as multipart.
  attachments: (s) => ({ data: { name: 'plan-v2.pdf', request: idOf(s, 'requests'), file: pdf('plan-v2.pdf') } }),
}

/** PATCH bodies. */
export const patchBodies: Partial<Record<ResourceName, Make>> = {
  teams: () => ({ data: { is_active: false } }),
  users: () => ({ data: { department: 'Geology' } }),
  clusters: () => ({ data: { enabled: false } }),
  memberships: () => ({ data: { role: 'AD' } }),
  requests: () => ({ data: { title: 'Edited by the contract suite' } }),
  allocations: () => ({ data: { awarded: 500 } }),
  reviews: () => ({ data: { status: 'DC' } }),
  comments: () => ({ data: { content: 'Edited' } }),
  attachments: () => ({ data: { name: 'renamed.pdf' } }),
  grants: () => ({ data: { agency: 'DOE' } }),
  publications: () => ({ data: { journal: 'Nature' } }),
  notifications: () => ({ data: { read: true } }),
  preferences: () => ({ data: { notify_on_expiration: true } }),
}
