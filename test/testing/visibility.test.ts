import { describe, expect, it } from 'vitest'
import { ALICE, BOB, DAVE, FRANK, STAFF_USER } from 'keystone-api-react/testing'
import { loggedIn, newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const teamsOf = (records: { team: number }[]): number[] => [...new Set(records.map((record) => record.team))].sort()

describe('mock Keystone visibility', () => {
  it('shows staff every team-scoped record', async () => {
    const staff = await loggedIn(ctx.mock, STAFF_USER)
    expect(teamsOf(await staff.retrieveAll('requests'))).toEqual([1, 2])
    expect((await staff.listGrants()).count).toBe(ctx.mock.db.grants.length)
  })

  it('shows user A and user B only the records of their own teams', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    const bob = await loggedIn(ctx.mock, BOB)
    expect(teamsOf(await alice.retrieveAll('requests'))).toEqual([1])
    expect(teamsOf(await bob.retrieveAll('requests'))).toEqual([2])
    expect(teamsOf(await alice.retrieveAll('grants'))).toEqual([1])
    expect((await bob.retrieveAll('allocations')).every((allocation) => [4, 5, 6].includes(allocation.request))).toBe(true)
    expect(teamsOf(await newClient(ctx.mock, { token: DAVE.token }).retrieveAll('publications'))).toEqual([1, 2])
    expect(await newClient(ctx.mock, { token: FRANK.token }).retrieveAll('requests')).toEqual([])
  })

  it('answers 403 when a user retrieves a record of another team', async () => {
    const bob = await loggedIn(ctx.mock, BOB)
    expect((await bob.httpGet('allocations/requests/1/')).status).toBe(403)
    expect((await bob.httpGet('allocations/requests/4/')).status).toBe(200)
  })

  it('hides clusters by access mode from lists, but answers one asked by id (as the server does)', async () => {
    const bob = await loggedIn(ctx.mock, BOB)
    expect((await bob.retrieveAll('clusters')).map((cluster) => cluster.name)).toEqual(['alpine', 'legacy'])
    expect((await bob.retrieve('clusters', 2))?.name).toBe('blanca')
    const alice = await loggedIn(ctx.mock, ALICE)
    expect((await alice.retrieveAll('clusters')).map((cluster) => cluster.name)).toEqual(['alpine', 'blanca', 'summit', 'legacy'])
  })

  it('hides private comments and other users\' notifications', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    expect((await alice.retrieveAll('comments')).every((comment) => !comment.private)).toBe(true)
    const notifications = await alice.retrieveAll('notifications')
    expect(notifications.length).toBeGreaterThan(0)
    expect(notifications.every((notification) => notification.user === 2)).toBe(true)
  })

  it('keeps logs for staff: 403 for other users', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    expect((await alice.httpGet('logs/audit/')).status).toBe(403)
    expect((await alice.httpGet('logs/feed/')).status).toBe(403)
    const staff = await loggedIn(ctx.mock, STAFF_USER)
    expect((await staff.listAuditLogs()).count).toBeGreaterThan(0)
  })

  it('lets team members write team records and refuses others with 403', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    const grant = await alice.createGrant({ title: 'Ours', agency: 'NSF', amount: '10.00', start_date: '2026-01-01', team: 1 })
    expect(grant.team).toBe(1)
    const denied = await alice.httpPost('research/grants/', { json: { title: 'Theirs', agency: 'NSF', amount: '10.00', start_date: '2026-01-01', team: 2 } })
    expect(denied.status).toBe(403)
    expect((await alice.httpPost('allocations/clusters/', { json: { name: 'mine' } })).status).toBe(403)
    expect((await alice.httpPatch('users/users/3/', { json: { department: 'x' } })).status).toBe(403)
    expect((await alice.updateUser({ pk: 2, data: { department: 'Art' } })).department).toBe('Art')
  })
})
