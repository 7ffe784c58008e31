import { type ActionOf, can, KeystoneClient, type KeystoneUser, type ResourceName, resources } from 'keystone-api-react/client'
import { createMockKeystone, SEED_USERS } from 'keystone-api-react/testing'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Every seed user tries every action the resource table offers on every resource (on a sample
// of records spanning teams, owners and private flags), and `can` must predict each answer.
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

/** A record as `can` takes it: request children carry their request's team. */
function target(resource: ResourceName, record: Plain): Plain {
  if (!['allocations', 'attachments', 'reviews', 'comments'].includes(resource)) return record
  const request = mock.db.requests.find((row) => row.id === record.request)
  return { ...record, team: request?.team }
}

/** A body the server would take as a create, apart from permissions: the record's own writable fields. */
function bodyOf(record: Plain): Plain {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id' && !key.startsWith('_')))
}

/**
 * What `can` cannot know from a record: a membership of an inactive user is hidden from non-staff
 * (404), but a membership record does not carry its member's activity. Non-staff users never hold
 * such a record, since every list and read hides it from them.
 */
function beyondRecord(seed: { username: string } | undefined, action: string, resource: ResourceName, record: Plain | undefined): boolean {
  if (resource !== 'memberships' || !record || !seed || seed.username === 'admin') return false
  return mock.db.users.find((row) => row.id === record.user)?.is_active === false && action !== 'list'
}

/** Whether the server let the request through (anything but 401, 403 and 404). */
const allowed = (status: number): boolean => ![401, 403, 404].includes(status)

describe('can', () => {
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
        const check = (action: string, record: Plain | undefined, status: number): void => {
          tried += 1
          const predicted = can(user, action as ActionOf<typeof resource>, resource, record && (target(resource, record) as never))
          if (predicted !== allowed(status) && !beyondRecord(seed, action, resource, record)) {
            mismatches.push(`${seed?.username ?? 'anonymous'} ${action} ${resource}${record ? ` #${String(record.id)}` : ''}: can=${predicted}, server=${status}`)
          }
        }
        for (const action of ACTIONS[resources[resource].ops]) {
          if (action === 'list') {
            check('list', undefined, (await client.httpGet(path)).status)
            continue
          }
          for (const record of records) {
            const detail = `${path}${String(record.id)}/`
            if (action === 'read') check('read', record, (await client.httpGet(detail)).status)
            if (action === 'update') check('update', record, (await client.httpPatch(detail, { json: {} })).status)
            if (action === 'create') {
              const status = (await client.httpPost(path, { json: bodyOf(record) })).status
              check('create', record, status)
              if (status === 201) mock.reset()
            }
            if (action === 'delete') {
              const status = (await client.httpDelete(detail)).status
              check('delete', record, status)
              if (status === 204) mock.reset()
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
