import type { ResourceName } from '../client/resources.ts'
import type { Store } from './store.ts'
import type { Row } from './types.ts'

type Plain = Record<string, unknown>

const pick = (row: Row, keys: string): Plain => Object.fromEntries(keys.split(' ').map((key) => [key, row[key] ?? null]))

/** `display_name` and `abbreviation` of a user row. */
export function userNames(row: Row): { display_name: string; abbreviation: string } {
  const first = String(row.first_name ?? '')
  const last = String(row.last_name ?? '')
  const full = `${first} ${last}`.trim()
  return { display_name: full || String(row.username), abbreviation: (first[0] ?? '') + (last[0] ?? '') || String(row.username).slice(0, 2) }
}

/** Nested summary of a row of `resource` (the `_team`, `_user`... fields). */
export function summaryOf(resource: ResourceName, row: Row, store: Store): Plain {
  switch (resource) {
    case 'users':
      return { ...pick(row, 'id username first_name last_name email department role'), ...userNames(row) }
    case 'teams':
      return pick(row, 'id slug name is_active')
    case 'clusters':
      return pick(row, 'id name enabled')
    case 'requests':
      return pick(row, 'id title status active expire')
    case 'grants':
      return pick(row, 'id title agency pi amount grant_number start_date end_date description team')
    case 'publications':
      return pick(row, 'id title abstract published submitted journal doi volume issue team')
    case 'allocations':
      return { ...pick(row, 'id cluster requested awarded final'), _cluster: related('clusters', row.cluster, store) }
    case 'attachments':
      return pick(row, 'file name')
    case 'comments':
      return { ...pick(row, 'id user content created private'), _user: related('users', row.user, store) }
    default:
      return { id: row.id }
  }
}

/** Summary of the row `id` of `resource`, or null when it does not exist. */
export function related(resource: ResourceName, id: unknown, store: Store): Plain | null {
  const row = store.find(resource, id)
  return row ? summaryOf(resource, row, store) : null
}

/** Audit log summaries of one record. */
export function historyOf(model: string, id: unknown, store: Store): Plain[] {
  return store.tables.auditLogs
    .filter((log) => log.record_name === model && log.record_id === id)
    .reverse()
    .map((log) => ({ ...pick(log, 'id timestamp action actor changes'), _actor: related('users', log.actor, store) }))
}
