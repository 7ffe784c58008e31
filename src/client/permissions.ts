import type { CreateBodyOf, Operation, OperationsOf, RecordOf, ResourceName } from './resources.ts'

/** What a user may try on a resource: see the list, read one record, create, change (PATCH/PUT), delete. */
export type Action = 'list' | 'read' | 'create' | 'update' | 'delete'

/** The action each operation is (PATCH and PUT are both `update`). */
interface ActionByOperation {
  list: 'list'
  retrieve: 'read'
  create: 'create'
  update: 'update'
  replace: 'update'
  delete: 'delete'
}
type Ensure<T extends true> = T
// Every operation is an action: one missing here fails to compile.
type _EveryOperationIsAnAction = Ensure<ActionByOperation extends { [K in Operation]-?: Action } ? true : false>

/** The actions a resource offers, from its row of the resource table: `ActionOf<'notifications'>` is `'list' | 'read' | 'update'`. */
export type ActionOf<R extends ResourceName> = ActionByOperation[OperationsOf<R>]

/** A team role as the server names it: owner, admin, member. */
export type TeamRoleCode = 'OW' | 'AD' | 'MB'

/** What the rules read of the session user; `whoami` and `login` answers (`KeystoneUser`) fit. */
export interface PermissionUser {
  readonly id: number
  readonly is_staff: boolean
  /** The user's teams and roles; `_team.is_active` tells whether the team is active. */
  readonly _membership?: readonly { readonly team: number; readonly role: TeamRoleCode; readonly _team?: { readonly is_active?: boolean } }[]
}

/** What decides which teams may allocate on a cluster: its access mode and listed teams. */
export type ClusterAccess = Pick<RecordOf<'clusters'>, 'access_mode' | 'access_teams'>

/**
 * The record an action is about (or the body of a create). Records of allocations, attachments,
 * reviews and comments name their request, not its team: pass `team` (the request's) with them.
 * An allocation names its cluster by id: pass the cluster's access as `onCluster` to a create,
 * since a team may allocate only on clusters open to it.
 */
export type PermissionTarget<R extends ResourceName> = (Partial<RecordOf<R>> | Partial<CreateBodyOf<R>>) & {
  readonly team?: number
} & (R extends 'allocations' ? { readonly onCluster?: ClusterAccess } : unknown)

/** What a rule decides from. */
interface Facts {
  readonly user: PermissionUser
  readonly roles: ReadonlyMap<number, TeamRoleCode>
  /** The team the record belongs to, when known. */
  readonly team: number | undefined
  readonly record: Readonly<Record<string, unknown>>
}

type Rule = (facts: Facts) => boolean

const anyone: Rule = () => true
const staff: Rule = ({ user }) => user.is_staff
const or = (...rules: Rule[]): Rule => (facts) => rules.some((rule) => rule(facts))
const and = (...rules: Rule[]): Rule => (facts) => rules.every((rule) => rule(facts))

/** Roles that count in a team; with no team known, any team of the user's. */
function inTeam(accepted: readonly TeamRoleCode[]): Rule {
  return ({ roles, team }) => {
    const held = team === undefined ? [...roles.values()] : [roles.get(team)]
    return held.some((role) => role !== undefined && accepted.includes(role))
  }
}

/** The record's team is active (what the server checks before team writes of non-staff users). */
const activeTeam: Rule = ({ record, user, team }) => {
  const summary = record._team as { is_active?: boolean } | undefined
  const known = record.is_active ?? summary?.is_active ?? user._membership?.find((row) => row.team === team)?._team?.is_active
  return known !== false
}
/** The record is the user's own (its `user` field); a record not given counts as the user's. */
const own: Rule = ({ record, user }) => record.user === undefined || record.user === user.id
const self: Rule = ({ record, user }) => record.id === undefined || record.id === user.id
const notPrivate: Rule = ({ record }) => record.private !== true
/** The record's team may use the cluster of `onCluster` (open, listed on a whitelist, or not on a blacklist); unknown counts as yes. */
const clusterOpen: Rule = ({ record, team }) => {
  const cluster = record.onCluster as ClusterAccess | undefined
  if (!cluster) return true
  const listed = team !== undefined && cluster.access_teams.includes(team)
  return cluster.access_mode === 'OP' || (cluster.access_mode === 'WL' ? listed : !listed)
}
/** Inactive accounts are hidden from non-staff users (the server answers 404). */
const activeAccount: Rule = ({ record }) => record.is_active !== false

type RuleTable = { readonly [R in ResourceName]: { readonly [A in ActionOf<R>]: Rule } }

/** Builds the table (in one pure call, so bundles that never ask `can` drop it). */
function ruleTable(): RuleTable {
  const member = inTeam(['OW', 'AD', 'MB'])
  const privileged = inTeam(['OW', 'AD'])
  const staffOnly = { list: staff, read: staff } as const
  // Children of an allocation request (allocations, attachments): team members read, owners and admins create, staff change.
  const requestChild = { list: anyone, read: or(staff, member), create: or(staff, privileged), update: staff, delete: staff } as const
  // Grants and publications: any member of the record's team reads and writes.
  const teamProduct = { list: anyone, read: or(staff, member), create: or(staff, member), update: or(staff, member), delete: or(staff, member) } as const
  return {
    // Access modes filter the list only; any cluster can be read by id.
    clusters: { list: anyone, read: anyone, create: staff, update: staff, delete: staff },
    requests: { list: anyone, read: or(staff, member), create: or(staff, privileged), update: staff, delete: staff },
    allocations: { ...requestChild, create: or(staff, and(privileged, clusterOpen)) },
    attachments: requestChild,
    reviews: { list: anyone, read: or(staff, member), create: staff, update: staff, delete: staff },
    comments: {
      list: anyone,
      read: or(staff, and(member, notPrivate)),
      create: or(staff, member),
      update: or(staff, and(member, notPrivate)),
      delete: or(staff, and(member, notPrivate)),
    },
    grants: teamProduct,
    publications: teamProduct,
    users: { list: anyone, read: or(staff, activeAccount), create: staff, update: or(staff, self), delete: or(staff, self) },
    teams: {
      list: anyone,
      read: or(staff, activeTeam),
      create: anyone,
      update: or(staff, and(activeTeam, privileged)),
      delete: or(staff, and(activeTeam, privileged)),
    },
    memberships: {
      list: anyone,
      read: or(staff, activeTeam),
      create: or(staff, privileged),
      update: or(staff, and(activeTeam, privileged)),
      // Users may leave a team themselves, but memberships of inactive teams are hidden from non-staff.
      delete: or(staff, and(activeTeam, or(privileged, and(own, ({ record }) => record.user !== undefined)))),
    },
    // Notifications are their owner's alone, staff included.
    notifications: { list: anyone, read: own, update: own },
    // Non-staff users may create preferences for themselves only (a body without `user` means the asking user).
    preferences: { list: anyone, read: or(staff, own), create: or(staff, own), update: or(staff, own), delete: or(staff, own) },
    auditLogs: staffOnly,
    requestLogs: staffOnly,
    taskLogs: staffOnly,
    feed: { list: staff },
  }
}

/**
 * The server's access rules, by resource and action (Keystone's `permissions.py` and view
 * querysets): `true` where the server answers, `false` where it refuses (403) or hides the record
 * (404). Lists are never refused, only filtered, except logs (staff only). Anonymous users may
 * do nothing.
 */
export const permissions: RuleTable = /* @__PURE__ */ ruleTable()

/** Team ids and roles of a user, from `_membership`. */
export function rolesOf(user: PermissionUser): ReadonlyMap<number, TeamRoleCode> {
  return new Map((user._membership ?? []).map((row) => [row.team, row.role]))
}

/**
 * Whether the server would let `user` do `action` on `resource` (and `record`, when given):
 * the dashboard can hide what would be refused. `null` (anonymous) may do nothing. Without a
 * record, team rules ask whether the user holds the role in any team.
 * @example
 * can(user, 'create', 'requests', { team: 1 }) // an owner or admin of team 1, or staff
 * can(user, 'update', 'notifications', notification) // its owner only
 */
export function can<R extends ResourceName>(user: PermissionUser | null | undefined, action: ActionOf<R>, resource: R, record?: PermissionTarget<R>): boolean {
  if (!user) return false
  const rules = permissions[resource] as Readonly<Record<string, Rule>>
  const rule = rules[action]
  if (!rule) return false
  const plain = (record ?? {}) as Readonly<Record<string, unknown>>
  const team = (resource === 'teams' ? plain.id : plain.team) as number | undefined
  return rule({ user, roles: rolesOf(user), team, record: plain })
}
