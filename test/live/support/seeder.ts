import { resources, type ResourceName } from 'keystone-api-react/client'
import type { MockTables } from 'keystone-api-react/testing'
import type { SpecNode } from '../../contract/support/spec.ts'
import { FixtureMap, FOREIGN, naturalKey, SEEDED, type Lookup } from './fixtures.ts'
import { Session } from './session.ts'

type Plain = Record<string, unknown>

/** The mock's staff account; on the server its records go to the staff account of the run. */
const MOCK_STAFF = 'admin'

/** Fields a create (POST) body may carry, from the request schema of the spec. */
export function writableFields(document: SpecNode, resource: ResourceName): string[] {
  const paths = document.paths as Record<string, Record<string, Plain>>
  const post = paths[`/${resources[resource].path}`]?.post as Plain | undefined
  const content = (post?.requestBody as Plain | undefined)?.content as Record<string, { schema: { $ref: string } }> | undefined
  const ref = Object.values(content ?? {})[0]?.schema.$ref
  if (!ref) return []
  const schemas = (document.components as Plain).schemas as Record<string, { properties: Record<string, Plain> }>
  const schema = schemas[ref.split('/').pop()!]!
  return Object.entries(schema.properties).filter(([, property]) => !property.readOnly).map(([field]) => field)
}

/** A create body of a mock row: its writable fields, foreign keys rewritten to the server's ids. */
function bodyOf(resource: ResourceName, row: Plain, fields: readonly string[], ids: IdMap): Plain {
  const body: Plain = {}
  for (const field of fields) {
    if (!(field in row) || field === 'file') continue
    const target = FOREIGN[resource]?.[field]
    const value = row[field]
    body[field] = !target || value === null ? value : Array.isArray(value) ? value.map((id) => ids.get(target, id)) : ids.get(target, value)
  }
  return body
}

/** Mock id -> server id, per resource. */
class IdMap {
  readonly #map = new Map<string, number>()
  set(resource: ResourceName, mockId: unknown, serverId: number): void {
    this.#map.set(`${resource}:${String(mockId)}`, serverId)
  }
  get(resource: ResourceName, mockId: unknown): number {
    const id = this.#map.get(`${resource}:${String(mockId)}`)
    if (id === undefined) throw new Error(`Seeder: ${resource} #${String(mockId)} of the mock has no server record yet`)
    return id
  }
}

/** What the seeder hands back. */
export interface SeededServer {
  /** The server's ids by natural key. */
  readonly map: FixtureMap
  /** A session of the staff account the seeder used. */
  readonly staff: Session
}

async function must(answer: Promise<{ status: number; body: unknown }>, what: string): Promise<Plain> {
  const { status, body } = await answer
  if (status >= 300) throw new Error(`Seeder: ${what} answered ${status}: ${JSON.stringify(body)}`)
  return body as Plain
}

/** Every record of a resource on the server (staff view), for matching by natural key. */
async function listAll(staff: Session, resource: ResourceName): Promise<Plain[]> {
  const page = await must(staff.send('GET', resources[resource].path, { query: { _limit: '1000' } }), `list of ${resource}`)
  return page.results as Plain[]
}

/**
 * Makes a live Keystone hold, through its API as staff, the records of the mock's seed (`db`):
 * the same users, teams, memberships, clusters, research products, requests and their children,
 * and preferences. A record the server already has (same natural key) is kept, so seeding twice
 * is harmless. Notifications are left out (the server makes them only in its Celery tasks), and
 * so are logs. The staff account of the run plays the mock's `admin` and takes its names.
 * Meant for a throw-away server.
 * @throws {Error} naming the record the server refused.
 */
export async function seedLiveKeystone(url: string, staffLogin: { username: string; password: string }, db: MockTables, spec: SpecNode): Promise<SeededServer> {
  const staff = new Session(url)
  const me = await must(staff.login(staffLogin.username, staffLogin.password), `login as ${staffLogin.username}`)
  if (!me.is_staff) throw new Error(`Seeder: ${staffLogin.username} is not a staff account`)
  const ids = new IdMap()
  const side = (): { byId: Map<string, Plain>; lookup: Lookup } => {
    const byId = new Map<string, Plain>()
    return { byId, lookup: (resource, id) => byId.get(`${resource}:${String(id)}`) }
  }
  const mock = side()
  const server = side()
  for (const resource of SEEDED) for (const row of db[resource]) mock.byId.set(`${resource}:${String(row.id)}`, row)
  const map = new FixtureMap()
  for (const resource of SEEDED) {
    const fields = writableFields(spec, resource)
    const present = new Map<string, Plain>()
    for (const record of await listAll(staff, resource)) {
      server.byId.set(`${resource}:${String(record.id)}`, record)
      present.set(naturalKey(resource, record, server.lookup), record)
    }
    for (const row of [...db[resource]].sort((a, b) => Number(a.id) - Number(b.id))) {
      const key = naturalKey(resource, row, mock.lookup)
      const isStaff = resource === 'users' && row.username === MOCK_STAFF
      const record = (!isStaff && present.get(key)) || (await createOne(staff, resource, row, fields, ids, me))
      server.byId.set(`${resource}:${String(record.id)}`, record)
      ids.set(resource, row.id, Number(record.id))
      map.add(resource, key, Number(record.id))
    }
  }
  return { map, staff }
}

async function createOne(staff: Session, resource: ResourceName, row: Plain, fields: readonly string[], ids: IdMap, me: Plain): Promise<Plain> {
  const path = resources[resource].path
  const body = bodyOf(resource, row, fields, ids)
  const what = `${resource} ${JSON.stringify(row.username ?? row.name ?? row.title ?? row.id)}`
  if (resource === 'users' && row.username === MOCK_STAFF) {
    // The run's staff account stands in for the mock's: it takes the mock's names, not its password.
    const { password: _password, username: _username, ...names } = body
    return must(staff.send('PATCH', `${path}${String(me.id)}/`, { body: names }), what)
  }
  if (resource === 'attachments') {
    const form = new FormData()
    for (const [field, value] of Object.entries(body)) form.set(field, String(value))
    form.set('file', new File([`%PDF-1.4 ${String(row.name)}`], String(row.name), { type: 'application/pdf' }))
    return must(staff.send('POST', path, { body: form }), what)
  }
  return must(staff.send('POST', path, { body }), what)
}
