import type { ResourceName } from 'keystone-api-react/client'

type Plain = Record<string, unknown>

/** Looks a record of the same side up by id (raw mock row or staff-view record). */
export type Lookup = (resource: ResourceName, id: unknown) => Plain | undefined

/**
 * Foreign keys of the seeded resources, to the resource they point at: the seeder rewrites them
 * from the mock's ids to the server's, and natural keys follow them.
 */
export const FOREIGN: Partial<Record<ResourceName, Readonly<Record<string, ResourceName>>>> = {
  memberships: { user: 'users', team: 'teams' },
  clusters: { access_teams: 'teams' },
  grants: { team: 'teams' },
  publications: { team: 'teams' },
  requests: { submitter: 'users', team: 'teams', assignees: 'users', publications: 'publications', grants: 'grants' },
  allocations: { cluster: 'clusters', request: 'requests' },
  reviews: { request: 'requests', reviewer: 'users' },
  comments: { user: 'users', request: 'requests' },
  attachments: { request: 'requests' },
  preferences: { user: 'users' },
  notifications: { user: 'users' },
}

/** The resources the seeder creates, parents first. */
export const SEEDED: readonly ResourceName[] = [
  'users', 'teams', 'memberships', 'clusters', 'grants', 'publications', 'requests', 'allocations', 'reviews', 'comments', 'attachments', 'preferences',
]

const text = (value: unknown): string => String(value ?? '')

/**
 * The natural key of a record: what it means, independent of the id a server gave it
 * (`alice`, `Team Alpha`, `Team Alpha/dave`, `Genomics Beta 3@summit`...).
 */
export function naturalKey(resource: ResourceName, record: Plain, lookup: Lookup): string {
  const name = (target: ResourceName, id: unknown): string => {
    const row = lookup(target, id)
    return row ? naturalKey(target, row, lookup) : `?${text(id)}`
  }
  switch (resource) {
    case 'users':
      return text(record.username)
    case 'teams':
    case 'clusters':
      return text(record.name)
    case 'grants':
    case 'publications':
    case 'requests':
      return text(record.title)
    case 'memberships':
      return `${name('teams', record.team)}/${name('users', record.user)}`
    case 'allocations':
      return `${name('requests', record.request)}@${name('clusters', record.cluster)}`
    case 'reviews':
      return `review of ${name('requests', record.request)}`
    case 'comments':
      return `${record.private ? 'private' : 'public'} comment on ${name('requests', record.request)}: ${text(record.content).slice(0, 40)}`
    case 'attachments':
      return text(record.name)
    case 'preferences':
      return `preferences of ${name('users', record.user)}`
    case 'notifications':
      return `${name('users', record.user)}: ${text(record.subject)}`
    default:
      return `#${text(record.id)}`
  }
}

/** Ids of one side by natural key, and back. */
export class FixtureMap {
  readonly #ids = new Map<string, number>()
  readonly #keys = new Map<string, string>()

  /** Records one record of a side. */
  add(resource: ResourceName, key: string, id: number): void {
    this.#ids.set(`${resource}:${key}`, id)
    this.#keys.set(`${resource}:${id}`, key)
  }

  /** The id of a record by natural key. @throws {Error} when the side has no such record. */
  id(resource: ResourceName, key: string): number {
    const id = this.#ids.get(`${resource}:${key}`)
    if (id === undefined) throw new Error(`No ${resource} record "${key}" in the fixtures`)
    return id
  }

  /** The natural key of an id, or `new #id` for a record created after seeding. */
  key(resource: ResourceName, id: unknown): string {
    return this.#keys.get(`${resource}:${String(id)}`) ?? `new #${String(id)}`
  }

  /** Every natural key of a resource. */
  keys(resource: ResourceName): string[] {
    const prefix = `${resource}:`
    return [...this.#ids.keys()].filter((entry) => entry.startsWith(prefix)).map((entry) => entry.slice(prefix.length))
  }
}

/** The map of one side from its records (staff view or raw rows), by natural key. */
export function mapOf(records: Partial<Record<ResourceName, readonly Plain[]>>): FixtureMap {
  const byId = new Map<string, Plain>()
  for (const [resource, rows] of Object.entries(records)) for (const row of rows ?? []) byId.set(`${resource}:${String(row.id)}`, row)
  const lookup: Lookup = (resource, id) => byId.get(`${resource}:${String(id)}`)
  const map = new FixtureMap()
  for (const [resource, rows] of Object.entries(records) as [ResourceName, Plain[]][]) {
    for (const row of rows) map.add(resource, naturalKey(resource, row, lookup), Number(row.id))
  }
  return map
}
