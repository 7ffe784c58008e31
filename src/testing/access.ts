import type { ResourceName } from '../client/resources.ts'
import type { Store } from './store.ts'
import type { Row } from './types.ts'

/** Who makes a request. */
export interface Viewer {
  readonly id: number
  readonly isStaff: boolean
}

type Plain = Record<string, unknown>

/** Ids of the teams a user belongs to; `privileged` keeps owners and admins only. */
export function teamsOf(store: Store, user: number, privileged = false): Set<number> {
  const rows = store.tables.memberships.filter((row) => row.user === user && (!privileged || row.role !== 'MB'))
  return new Set(rows.map((row) => row.team as number))
}

const viaRequest = new Set<ResourceName>(['allocations', 'attachments', 'reviews', 'comments'])
const viaTeam = new Set<ResourceName>(['requests', 'grants', 'publications', 'memberships'])
const logs = new Set<ResourceName>(['auditLogs', 'requestLogs', 'taskLogs', 'feed'])

/** Team a record (or a create body) belongs to, when the resource is team-scoped. */
export function teamOf(resource: ResourceName, record: Plain, store: Store): number | undefined {
  if (viaTeam.has(resource)) return record.team as number
  if (viaRequest.has(resource)) return store.find('requests', Number(record.request))?.team as number | undefined
  if (resource === 'teams') return record.id as number
  return undefined
}

function clusterVisible(row: Plain, teams: Set<number>): boolean {
  const listed = (row.access_teams as number[]).some((team) => teams.has(team))
  return row.access_mode === 'OP' || (row.access_mode === 'WL' ? listed : !listed)
}

/** Whether a record appears in a list for `viewer` (staff see everything but others' notifications). */
export function listable(resource: ResourceName, row: Row, viewer: Viewer, store: Store): boolean {
  if (resource === 'notifications' || resource === 'preferences') return viewer.isStaff || row.user === viewer.id
  if (viewer.isStaff) return true
  if (resource === 'users' || resource === 'teams') return row.is_active !== false && (resource === 'users' || teamsOf(store, viewer.id).has(row.id as number))
  const teams = teamsOf(store, viewer.id)
  if (resource === 'clusters') return clusterVisible(row, teams)
  // Non-staff see memberships of active teams and active users only.
  if (resource === 'memberships') return store.find('teams', row.team)?.is_active === true && store.find('users', row.user)?.is_active !== false
  if (resource === 'comments' && row.private) return false
  const team = teamOf(resource, row, store)
  return team !== undefined && teams.has(team)
}

/**
 * Whether a detail path finds the record for `viewer` (false: 404). Non-staff users never find
 * inactive users, inactive teams, or memberships of either; any other record exists for everyone
 * (clusters too: their access mode filters lists only), and permissions decide (403).
 */
export function addressable(resource: ResourceName, row: Row, viewer: Viewer, store: Store): boolean {
  if (viewer.isStaff) return true
  if (resource === 'users' || resource === 'teams') return row.is_active !== false
  if (resource === 'memberships') return store.find('teams', row.team)?.is_active !== false && store.find('users', row.user)?.is_active !== false
  return true
}

/** Whether `viewer` may retrieve a record it can address (false: 403). */
export function readable(resource: ResourceName, row: Row, viewer: Viewer, store: Store): boolean {
  if (resource === 'notifications') return row.user === viewer.id
  if (viewer.isStaff || resource === 'users' || resource === 'teams' || resource === 'clusters' || resource === 'memberships') return true
  return listable(resource, row, viewer, store)
}

/** Whether a non-staff user may write: `row` is the stored record (undefined on create), `body` the request body. */
function memberWrite(resource: ResourceName, method: string, row: Row | undefined, body: Plain, viewer: Viewer, store: Store): boolean {
  const target = row ?? body
  const team = teamOf(resource, target, store)
  const member = team !== undefined && teamsOf(store, viewer.id).has(team)
  const privileged = team !== undefined && teamsOf(store, viewer.id, true).has(team)
  switch (resource) {
    case 'requests':
    case 'attachments':
      return !row && privileged
    case 'allocations': {
      // A team may allocate only on a cluster its access mode opens to it.
      const cluster = store.find('clusters', Number(body.cluster))
      return !row && privileged && (!cluster || clusterVisible(cluster, new Set([team!])))
    }
    case 'comments':
      return member && !(row?.private ?? false)
    case 'grants':
    case 'publications':
      return member && (body.team === undefined || teamsOf(store, viewer.id).has(Number(body.team)))
    case 'users':
      return !!row && row.id === viewer.id
    case 'teams':
      return !row || (privileged && row.is_active === true)
    case 'memberships':
      return (method === 'DELETE' && row?.user === viewer.id) || privileged
    case 'notifications':
    case 'preferences':
      return !row || row.user === viewer.id
    default:
      return false
  }
}

/** Whether `viewer` may write (`POST`, `PUT`, `PATCH`, `DELETE`) a record of `resource`. */
export function writable(resource: ResourceName, method: string, row: Row | undefined, body: Plain, viewer: Viewer, store: Store): boolean {
  if (resource === 'notifications') return row?.user === viewer.id
  if (logs.has(resource)) return false
  return viewer.isStaff || memberWrite(resource, method, row, body, viewer, store)
}

/** Logs are for staff only: 403 for everyone else, even on lists. */
export function staffOnly(resource: ResourceName): boolean {
  return logs.has(resource)
}
