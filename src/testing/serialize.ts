import type { ResourceName } from '../client/resources.ts'
import { links, modelNames, withHistory } from './relations.ts'
import type { Store } from './store.ts'
import { historyOf, related, summaryOf, userNames } from './summaries.ts'
import type { Row } from './types.ts'

type Plain = Record<string, unknown>

/** `_<field>` summaries of every foreign key of a row. */
function linkedSummaries(resource: ResourceName, row: Row, store: Store): Plain {
  const out: Plain = {}
  for (const [field, target] of Object.entries(links[resource] ?? {})) {
    const value = row[field]
    out[`_${field}`] = Array.isArray(value) ? value.map((id) => related(target, id, store)).filter(Boolean) : related(target, value, store)
  }
  return out
}

/** Children of a row: the rows of `child` whose `field` is the row's id. */
function children(store: Store, child: ResourceName, field: string, id: unknown): Row[] {
  return store.tables[child].filter((row) => row[field] === id)
}

/** Extra fields some resources compute (reverse relations, derived names). */
function extras(resource: ResourceName, row: Row, store: Store): Plain {
  switch (resource) {
    case 'requests':
      return {
        _allocations: children(store, 'allocations', 'request', row.id).map((item) => summaryOf('allocations', item, store)),
        _attachments: children(store, 'attachments', 'request', row.id).map((item) => summaryOf('attachments', item, store)),
        _comments: children(store, 'comments', 'request', row.id).map((item) => summaryOf('comments', item, store)),
      }
    case 'users':
      return {
        ...userNames(row),
        _membership: children(store, 'memberships', 'user', row.id).map((item) => ({ id: item.id, team: item.team, role: item.role, _team: related('teams', item.team, store) })),
      }
    case 'teams': {
      const members = children(store, 'memberships', 'team', row.id)
      return {
        users: members.map((item) => item.user),
        _membership: members.map((item) => ({ id: item.id, user: item.user, role: item.role, _user: related('users', item.user, store) })),
      }
    }
    default:
      return {}
  }
}

/**
 * Row fields the mock keeps but the spec's schema does not declare, so the server never answers
 * them (the contract suite flags undeclared response fields).
 */
const INTERNAL: Partial<Record<ResourceName, readonly string[]>> = { teams: ['created'], notifications: ['metadata'] }

/** A row as the API answers it: plain fields plus nested `_` summaries, no password. */
export function serialize(resource: ResourceName, row: Row, store: Store): Plain {
  const { password: _password, ...all } = row
  const fields = Object.fromEntries(Object.entries(all).filter(([field]) => !INTERNAL[resource]?.includes(field)))
  const out: Plain = { ...fields, ...linkedSummaries(resource, row, store), ...extras(resource, row, store) }
  if (withHistory.has(resource)) out._history = historyOf(modelNames[resource], row.id, store)
  return out
}
