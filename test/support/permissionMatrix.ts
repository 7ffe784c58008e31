import { type ActionOf, can, type ResourceName, resources } from 'keystone-api-react/client'
import { type Actor, type CreateBody, type Made, PermissionWorld, type Role, ROLES } from './permissionWorld.ts'

// One list of permission cases, asked of the mock by the unit suite and of a real Keystone by the
// live suite: every role tries every action the resource table offers on every resource, on
// records that differ where the server's rules look at the record. `can` must predict each answer.

type Plain = Record<string, unknown>

/** What a case tries; `replace` is a PUT, which `can` answers as `update`. */
export type MatrixAction = 'list' | 'read' | 'create' | 'update' | 'replace' | 'delete'

/** One question: may `role` do `action` on `resource` (a record of kind `variant`, for record actions)? */
export interface PermissionCase {
  readonly role: Role
  readonly resource: ResourceName
  readonly action: MatrixAction
  readonly variant: string
}

/** Records whose facts the rules read: whose they are, what kind, active or not. */
const RECORD_VARIANTS: Partial<Record<ResourceName, readonly string[]>> = {
  comments: ['public', 'private'],
  users: ['another account', 'an inactive account', 'own account'],
  teams: ['active', 'inactive'],
  memberships: ['owner', 'admin', 'member', 'inactive account', 'in an inactive team'],
  preferences: ['owner', 'member'],
}
const CREATE_VARIANTS: Partial<Record<ResourceName, readonly string[]>> = {
  comments: ['public', 'private'],
  preferences: ['owner', 'member'],
  allocations: ['on an open cluster', 'on a closed cluster'],
}
const LOGS: readonly ResourceName[] = ['auditLogs', 'requestLogs', 'taskLogs']
const ACTIONS = { crud: ['list', 'read', 'create', 'update', 'replace', 'delete'], readPatch: ['list', 'read', 'update'], read: ['list', 'read'], list: ['list'] } as const

/**
 * What the matrix does not ask, and why (each is asked elsewhere or cannot be asked safely).
 */
export const NOT_ASKED: readonly string[] = [
  'notifications, by record: the server makes them only in its background tasks, so no API call can make one; the unit suite asks them on the mock seed',
  "users, the run's staff account deleting itself: the account runs the suite (the world's accounts each delete themselves, last)",
]

/** Facts a named exception looks at. */
export interface ExceptionFacts {
  readonly staff: boolean
  readonly signedIn: boolean
  readonly resource: ResourceName
  readonly action: string
  /** The record is the membership of an inactive account. */
  readonly memberInactive: boolean
  /** The record is the asking user's own account. */
  readonly ownAccount: boolean
  readonly status: number
}

/** A known case where `can` cannot match the server, with the reason; the only such list. */
export interface PermissionException {
  readonly name: string
  readonly reason: string
  /** Where it occurs: the mock follows the server's rules, but not its faults. */
  readonly on: 'mock and server' | 'server'
  readonly applies: (facts: ExceptionFacts) => boolean
}

/** The answers `can` is allowed to get wrong, each named. Both suites fail when one no longer occurs. */
export const PERMISSION_EXCEPTIONS: readonly PermissionException[] = [
  {
    name: 'membership of an inactive account',
    reason:
      'non-staff users get 404 for the membership of an inactive account, and a membership record does not carry its member\'s activity; ' +
      'non-staff users never hold such a record, since every list and read hides it from them',
    on: 'mock and server',
    applies: (facts) => facts.resource === 'memberships' && facts.signedIn && !facts.staff && facts.memberInactive && facts.action !== 'list' && facts.action !== 'create',
  },
  {
    name: 'deleting your own account',
    reason:
      'Keystone 0.10.9 lets users delete their own account, then fails the deletion with 500: the audit entry of the deletion ' +
      'names the deleted account as its actor, a foreign key the commit refuses. `can` says yes, as the rules do',
    on: 'server',
    applies: (facts) => facts.resource === 'users' && facts.action === 'delete' && facts.ownAccount && facts.status === 500,
  },
]

/** Every case, in the order the runner asks them (the users' own-account deletions last). */
export function permissionCases(): PermissionCase[] {
  const cases: PermissionCase[] = []
  for (const role of ROLES) {
    for (const resource of Object.keys(resources) as ResourceName[]) {
      const actions: readonly MatrixAction[] = ACTIONS[resources[resource].ops]
      if (actions.includes('list')) cases.push({ role, resource, action: 'list', variant: 'all' })
      if (actions.includes('create')) for (const variant of CREATE_VARIANTS[resource] ?? ['new']) cases.push({ role, resource, action: 'create', variant })
      if (resource === 'notifications' || resource === 'feed') continue
      const variants = LOGS.includes(resource) ? ['first listed'] : (RECORD_VARIANTS[resource] ?? ['of the team'])
      for (const variant of variants) {
        if (variant === 'own account' && (role === 'anonymous' || role === 'inactive')) continue
        for (const action of actions.filter((name) => name !== 'list' && name !== 'create')) {
          if (variant === 'own account' && action === 'delete') continue
          cases.push({ role, resource, action, variant })
        }
      }
    }
  }
  for (const role of ['owner', 'admin', 'member', 'outsider'] as const) cases.push({ role, resource: 'users', action: 'delete', variant: 'own account' })
  return cases
}

/** The outcome of a run. */
export interface MatrixReport {
  compared: number
  readonly mismatches: string[]
  /** Answers `can` got wrong under a named exception, by name. */
  readonly excepted: Map<string, number>
  readonly byResource: Map<ResourceName, { compared: number; mismatches: number }>
  /** Cases the server had no record for (logs a server has not written). */
  readonly unanswered: string[]
}

/**
 * The server's answer as yes (`true`), no (`false`) or neither (`undefined`: an answer no rule
 * gives, a mismatch unless an exception names it). 401, 403 and 404 refuse, and so does a 400 on
 * the field the server refuses with; any other 400 comes after the permission checks, so it is a yes.
 */
export function allowed(resource: ResourceName, status: number, data: unknown): boolean | undefined {
  if ([401, 403, 404].includes(status)) return false
  // Preferences of another user are refused by validation: "User field cannot be set to a different user than the request submitter."
  if (status === 400 && resource === 'preferences' && /different user/.test(JSON.stringify((data as Plain | undefined)?.user ?? ''))) return false
  return status < 300 || status === 400 ? true : undefined
}

/** A PUT body: the record's own fields as staff reads them. */
async function replaceBody(world: PermissionWorld, path: string): Promise<Plain> {
  const { data } = await world.staff.httpGet<Plain>(path)
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'id' && !key.startsWith('_')))
}

/** Sends one case as its actor; resolves with the status and body. */
async function ask(world: PermissionWorld, actor: Actor, test: PermissionCase, made: Made | undefined, body?: CreateBody): Promise<{ status: number; data: unknown }> {
  const path = resources[test.resource].path
  if (test.action === 'list') return actor.client.httpGet(path)
  if (test.action === 'create') return actor.client.httpPost(path, { json: body!.json, ...(body!.files ? { files: body!.files } : {}) })
  const detail = `${path}${made!.id}/`
  const multipart = test.resource === 'attachments' ? { files: {} } : {}
  if (test.action === 'read') return actor.client.httpGet(detail)
  if (test.action === 'update') return actor.client.httpPatch(detail, { json: {}, ...multipart })
  if (test.action === 'replace') return actor.client.httpPut(detail, { json: await replaceBody(world, detail), ...multipart })
  return actor.client.httpDelete(detail)
}

const groupOf = (test: PermissionCase): string => `${test.role}|${test.resource}|${test.variant}`

/**
 * Asks every case of `permissionCases()` of the Keystone at `url` through the library's client,
 * on a world of records made for the run (and deleted after it), and compares each answer with
 * `can` of the asking session's user.
 */
export async function runPermissionMatrix(url: string, staffLogin: { username: string; password: string }): Promise<MatrixReport> {
  const world = await PermissionWorld.build(url, staffLogin)
  const actors = new Map<Role, Actor>()
  for (const role of ROLES) actors.set(role, await world.actor(role))
  const report: MatrixReport = { compared: 0, mismatches: [], excepted: new Map(), byResource: new Map(), unanswered: [] }
  let group: { key: string; made: Made | undefined } = { key: '', made: undefined }
  try {
    for (const test of permissionCases()) {
      const actor = actors.get(test.role)!
      if (test.action !== 'list' && test.action !== 'create' && groupOf(test) !== group.key) {
        if (group.made) await world.clean(group.made.cleanup)
        group = { key: groupOf(test), made: await recordFor(world, actor, test) }
        const missing = `${test.resource} (${test.variant}): no record on this server`
        if (!group.made && !report.unanswered.includes(missing)) report.unanswered.push(missing)
      }
      if (test.action !== 'list' && test.action !== 'create' && !group.made) continue
      await compare(world, actor, test, group.made, report)
    }
    if (group.made) await world.clean(group.made.cleanup)
  } finally {
    for (const actor of actors.values()) if (actor.role !== 'staff') actor.client.close()
    await world.dispose()
    world.staff.close()
  }
  return report
}

/** The record of a case's group: made for it, or (logs) the first the staff account lists. */
async function recordFor(world: PermissionWorld, actor: Actor, test: PermissionCase): Promise<Made | undefined> {
  if (LOGS.includes(test.resource)) {
    const { data } = await world.staff.httpGet<{ results: Plain[] }>(resources[test.resource].path, { params: { _limit: 1 } })
    const first = data.results[0]
    return first ? { id: Number(first.id), target: first, cleanup: [] } : undefined
  }
  const made = await world.make(test.resource, test.variant, actor.user?.id)
  // Teams made for the case gave the actor a role there: the session user is read again, as a dashboard would after joining.
  if (actor.user && actor.role !== 'staff' && (test.resource === 'teams' || test.resource === 'memberships')) actor.user = await actor.client.whoami()
  return made
}

async function compare(world: PermissionWorld, actor: Actor, test: PermissionCase, made: Made | undefined, report: MatrixReport): Promise<void> {
  const body = test.action === 'create' ? await world.createBody(test.resource, test.variant, actor.user?.id) : undefined
  const target = test.action === 'list' ? undefined : test.action === 'create' ? { ...body!.json, ...body!.facts, team: body!.json.team ?? (body!.json.request ? world.team : undefined) } : made!.target
  const action = (test.action === 'replace' ? 'update' : test.action) as ActionOf<ResourceName>
  const predicted = can(actor.user, action, test.resource, target as never)
  const answer = await ask(world, actor, test, made, body)
  if (test.action === 'create' && answer.status === 201) await world.clean([[test.resource, Number((answer.data as Plain).id)]])
  if (body) await world.clean(body.cleanup)
  const row = report.byResource.get(test.resource) ?? { compared: 0, mismatches: 0 }
  report.byResource.set(test.resource, row)
  report.compared += 1
  row.compared += 1
  const server = allowed(test.resource, answer.status, answer.data)
  if (predicted === server) return
  const facts: ExceptionFacts = {
    staff: actor.user?.is_staff === true,
    signedIn: actor.user !== null,
    resource: test.resource,
    action: test.action,
    memberInactive: test.resource === 'memberships' && test.variant === 'inactive account',
    ownAccount: test.resource === 'users' && test.variant === 'own account',
    status: answer.status,
  }
  const exception = PERMISSION_EXCEPTIONS.find((entry) => entry.applies(facts))
  if (exception) {
    report.excepted.set(exception.name, (report.excepted.get(exception.name) ?? 0) + 1)
    return
  }
  row.mismatches += 1
  report.mismatches.push(`${describeCase(test)}: can=${predicted}, server=${answer.status} ${JSON.stringify(answer.data).slice(0, 160)}`)
}

/** `owner update memberships (admin)`. */
export const describeCase = (test: PermissionCase): string => `${test.role} ${test.action} ${test.resource} (${test.variant})`

/** A table of the run for the log: answers compared and mismatches per resource, exceptions, what was not asked. */
export function formatReport(report: MatrixReport, where: string): string {
  const lines = [
    `Permissions: can() against ${where}: ${report.compared} answers compared, ${report.mismatches.length} mismatches, ${[...report.excepted.values()].reduce((sum, count) => sum + count, 0)} under named exceptions`,
    '| resource | answers | mismatches |',
    '|---|---:|---:|',
    ...[...report.byResource].map(([resource, row]) => `| ${resource} | ${row.compared} | ${row.mismatches} |`),
    ...[...report.excepted].map(([name, count]) => `Named exception "${name}": ${count} answers`),
    ...report.unanswered.map((line) => `Not asked here: ${line}`),
    ...NOT_ASKED.map((line) => `Not asked: ${line}`),
  ]
  return lines.join('\n')
}
