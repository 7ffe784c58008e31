import { describe, expect, it } from 'vitest'
import { SEED_USERS, STAFF_USER } from 'keystone-api-react/testing'
import { newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const staff = () => newClient(ctx.mock, { token: STAFF_USER.token })

describe('mock Keystone lists', () => {
  it('pages with _limit and _offset and links next/previous as absolute URLs', async () => {
    const client = staff()
    const first = await client.listUsers({ limit: 3 })
    expect(first.count).toBe(SEED_USERS.length)
    expect(first.results.map((user) => user.id)).toEqual([1, 2, 3])
    expect(first.previous).toBeNull()
    expect(first.next).toBe(`${ctx.mock.baseUrl}users/users/?_limit=3&_offset=3`)
    const second = await client.listUsers({ limit: 3, offset: 3 })
    expect(second.results.map((user) => user.id)).toEqual([4, 5, 6])
    expect(second.previous).toBe(`${ctx.mock.baseUrl}users/users/?_limit=3`)
    const last = await client.listUsers({ limit: 3, offset: 6 })
    expect(last.next).toBeNull()
    expect(last.previous).toBe(`${ctx.mock.baseUrl}users/users/?_limit=3&_offset=3`)
  })

  it('defaults _limit to 100 and caps it at 1000', async () => {
    for (let index = 0; index < 1100; index++) ctx.mock.db.publications.push({ ...ctx.mock.db.publications[0]!, id: 100 + index })
    const client = staff()
    expect((await client.listPublications()).results).toHaveLength(100)
    const capped = await client.httpGet<{ results: unknown[] }>('research/publications/', { params: { _limit: 5000 } })
    expect(capped.data.results).toHaveLength(1000)
  })

  it('orders on several fields with - for descending', async () => {
    const client = staff()
    const byStatus = await client.retrieveAll('requests', { order: ['status', '-id'] })
    expect(byStatus.map((request) => `${request.status}${request.id}`)).toEqual(['AP6', 'AP5', 'AP1', 'CR4', 'DC3', 'PD2'])
    const byName = await client.retrieveAll('clusters', { order: '-name' })
    expect(byName.map((cluster) => cluster.name)).toEqual(['summit', 'legacy', 'blanca', 'alpine'])
  })

  it('searches text fields case-insensitively, across related names', async () => {
    const client = staff()
    expect((await client.retrieveAll('clusters', { search: 'GPU' })).map((cluster) => cluster.name)).toEqual(['blanca'])
    expect((await client.retrieveAll('requests', { search: 'team beta' })).map((request) => request.team)).toEqual([2, 2, 2])
    expect(await client.retrieveAll('users', { search: 'nobody-here' })).toEqual([])
  })

  it('answers 404 with the model name for a missing record, 405 for a method a resource lacks', async () => {
    const client = staff()
    const missing = await client.httpGet('allocations/clusters/999/')
    expect(missing.status).toBe(404)
    expect(missing.data).toEqual({ detail: 'No Cluster matches the given query.' })
    expect((await client.httpDelete('notifications/notifications/1/')).status).toBe(405)
    expect((await client.httpPost('logs/audit/', { json: {} })).status).toBe(405)
    expect((await client.httpGet('logs/feed/1/')).status).toBe(404)
    expect((await client.httpGet('nothing/here/')).status).toBe(404)
  })

  it('answers 204 with no body on delete and removes dependent records', async () => {
    const client = staff()
    const response = await client.httpDelete('allocations/requests/1/')
    expect(response.status).toBe(204)
    expect(response.data).toBe('')
    expect(ctx.mock.db.requests.some((row) => row.id === 1)).toBe(false)
    expect(ctx.mock.db.allocations.some((row) => row.request === 1)).toBe(false)
  })

  it('redirects any method without the trailing slash (301), as Django does', async () => {
    const get = await fetch(`${ctx.mock.baseUrl}allocations/clusters?name=alpine`, { redirect: 'manual', headers: { authorization: 'Token admin-token' } })
    expect(get.status).toBe(301)
    expect(get.headers.get('location')).toBe(`${ctx.mock.baseUrl}allocations/clusters/?name=alpine`)
    const post = await fetch(`${ctx.mock.baseUrl}allocations/clusters`, { method: 'POST', redirect: 'manual', headers: { authorization: 'Token admin-token' } })
    expect(post.status).toBe(301)
  })

  it('answers 400 with field errors for invalid bodies', async () => {
    const client = staff()
    const empty = await client.httpPost('allocations/clusters/', { json: {} })
    expect(empty.status).toBe(400)
    expect(empty.data).toEqual({ name: ['This field is required.'] })
    const bad = await client.httpPost('allocations/clusters/', { json: { name: 'x'.repeat(51), enabled: 'maybe', access_mode: 'ZZ', access_teams: 'no' } })
    expect(bad.data).toEqual({
      name: ['Ensure this field has no more than 50 characters.'],
      enabled: ['Must be a valid boolean.'],
      access_mode: ['"ZZ" is not a valid choice.'],
      access_teams: ['Expected a list of items but got type "string".'],
    })
    const patch = await client.httpPatch('allocations/requests/1/', { json: { team: 99, active: 'soon', title: '' } })
    expect(patch.data).toEqual({ active: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'], title: ['This field may not be blank.'] })
    const link = await client.httpPatch('allocations/requests/1/', { json: { team: 99 } })
    expect(link.data).toEqual({ team: ['Invalid pk "99" - object does not exist.'] })
    const user = await client.httpPost('users/users/', { json: { username: 'alice', password: 'p' } })
    expect(user.data).toEqual({ username: ['A user with that username already exists.'] })
  })
})
