import { type ActionOf, can, KeystoneClient, type KeystoneUser, type ResourceName, resources } from 'keystone-api-react/client'
import { createMockKeystone, SEED_USERS } from 'keystone-api-react/testing'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allowed, type ExceptionFacts, formatReport, PERMISSION_EXCEPTIONS, permissionCases, runPermissionMatrix } from '../support/permissionMatrix.ts'

// The shared matrix (the cases the live suite asks of the real server) on the mock, then every
// seed user trying every action on a sample of the mock's seed records (notifications included,
// which no API call can make), and `can` must predict each answer.
const mock = createMockKeystone()
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const RECORDS_PER_RESOURCE = 6
const ACTIONS = { crud: ['list', 'read', 'create', 'update', 'delete'], readPatch: ['list', 'read', 'update'], read: ['list', 'read'], list: ['list'] } as const

type Plain = Record<string, unknown>

/** Up to `count` records spread over the whole table (first, last and evenly between). */
function sample<T>(rows: T[], count: number): T[] {
  if (rows.length <= count) return rows
  return Array.from({ length: count }, (_, index) => rows[Math.round((index * (rows.length - 1)) / (count - 1))]!)
}

/** A record as `can` takes it: request children carry their request's team, allocations their cluster's access. */
function target(resource: ResourceName, record: Plain): Plain {
  if (!['allocations', 'attachments', 'reviews', 'comments'].includes(resource)) return record
  const request = mock.db.requests.find((row) => row.id === record.request)
  const cluster = resource === 'allocations' ? mock.db.clusters.find((row) => row.id === record.cluster) : undefined
  return { ...record, team: request?.team, ...(cluster ? { onCluster: { access_mode: cluster.access_mode, access_teams: cluster.access_teams } } : {}) }
}

/** A body the server would take as a create, apart from permissions: the record's own writable fields. */
function bodyOf(record: Plain): Plain {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id' && !key.startsWith('_')))
}

/** Whether a named exception of the shared list (test/support/permissionMatrix.ts) covers an answer. */
function excepted(seed: { username: string } | undefined, action: string, resource: ResourceName, record: Plain | undefined, status: number): boolean {
  const facts: ExceptionFacts = {
    staff: seed?.username === 'admin',
    signedIn: seed !== undefined,
    resource,
    action,
    memberInactive: resource === 'memberships' && mock.db.users.find((row) => row.id === record?.user)?.is_active === false,
    ownAccount: false,
    status,
  }
  return PERMISSION_EXCEPTIONS.some((entry) => entry.applies(facts))
}


describe('can', () => {
  it('predicts every answer of the shared permission matrix on the mock (0 mismatches)', async () => {
    mock.reset()
    const report = await runPermissionMatrix(mock.baseUrl, { username: 'admin', password: 'admin-password' })
    if (report.mismatches.length) console.log(`${formatReport(report, 'the mock')}\n${report.mismatches.join('\n')}`)
    expect(report.mismatches).toEqual([])
    expect(PERMISSION_EXCEPTIONS.filter((entry) => entry.on === 'mock and server' && !report.excepted.has(entry.name)).map((entry) => entry.name)).toEqual([])
    expect(report.unanswered).toEqual([])
    expect(report.compared).toBe(permissionCases().length)
  }, 120_000)

  it('predicts the answer of every action by every seed user on every resource (0 mismatches)', async () => {
    const mismatches: string[] = []
    let tried = 0
    for (const seed of [undefined, ...SEED_USERS]) {
      mock.reset()
      const client = new KeystoneClient({ url: mock.baseUrl, adapter: 'http', ...(seed ? { token: seed.token } : {}) })
      const user: KeystoneUser | null = seed ? await client.whoami() : null
      for (const resource of Object.keys(resources) as ResourceName[]) {
        const path = resources[resource].path
        const records = sample(mock.records(resource) as unknown as Plain[], RECORDS_PER_RESOURCE)
        const check = (action: string, record: Plain | undefined, { status, data }: { status: number; data: unknown }): void => {
          tried += 1
          const predicted = can(user, action as ActionOf<typeof resource>, resource, record && (target(resource, record) as never))
          if (predicted !== allowed(resource, status, data) && !excepted(seed, action, resource, record, status)) {
            mismatches.push(`${seed?.username ?? 'anonymous'} ${action} ${resource}${record ? ` #${String(record.id)}` : ''}: can=${predicted}, server=${status}`)
          }
        }
        for (const action of ACTIONS[resources[resource].ops]) {
          if (action === 'list') {
            check('list', undefined, await client.httpGet(path))
            continue
          }
          for (const record of records) {
            const detail = `${path}${String(record.id)}/`
            if (action === 'read') check('read', record, await client.httpGet(detail))
            if (action === 'update') check('update', record, await client.httpPatch(detail, { json: {} }))
            if (action === 'create') {
              const answer = await client.httpPost(path, { json: bodyOf(record) })
              check('create', record, answer)
              if (answer.status === 201) mock.reset()
            }
            if (action === 'delete') {
              const answer = await client.httpDelete(detail)
              check('delete', record, answer)
              if (answer.status === 204) mock.reset()
            }
          }
        }
      }
      client.close()
    }
    expect(mismatches).toEqual([])
    expect(tried).toBeGreaterThan(1000)
  }, 120_000)
})
