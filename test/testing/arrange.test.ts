import { describe, expect, it } from 'vitest'
import { isKeystoneHttpError } from 'keystone-api-react/client'
import { ALICE, DAVE, STAFF_USER } from 'keystone-api-react/testing'
import { loggedIn, newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const heidi = { username: 'heidi', password: 'heidi-password', token: 'heidi-token' }

describe('mock Keystone arranging helpers', () => {
  it('adds a user in a team role who logs in and sees that team', async () => {
    const record = ctx.mock.addUser({ ...heidi, teams: { 'Team Beta': 'AD' } })
    expect(record).toMatchObject({ username: 'heidi', is_active: true, _membership: [{ role: 'AD', _team: { name: 'Team Beta' } }] })
    const client = await loggedIn(ctx.mock, heidi)
    const teams = await client.retrieveAll('teams')
    expect(teams.map((team) => team.name)).toEqual(['Team Beta'])
    expect((await newClient(ctx.mock, { token: 'heidi-token' }).whoami())?.username).toBe('heidi')
  })

  it('refuses a taken username or an unknown team, naming the teams it has', () => {
    expect(() => ctx.mock.addUser({ ...ALICE })).toThrow('already has a user "alice"')
    expect(() => ctx.mock.addUser({ ...heidi, teams: { 'Team Omega': 'MB' } })).toThrow(/no team "Team Omega".*"Team Alpha"/)
  })

  it('deactivates a user: the session stops working and others no longer see them', async () => {
    const dave = await loggedIn(ctx.mock, DAVE)
    const alice = await loggedIn(ctx.mock, ALICE)
    ctx.mock.setUserActive('dave', false)
    await expect(dave.whoami()).resolves.toBeNull()
    expect((await alice.retrieveAll('users')).map((user) => user.username)).not.toContain('dave')
    expect((await alice.retrieveAll('memberships')).map((membership) => membership._user?.username)).not.toContain('dave')
    const login = await newClient(ctx.mock).login({ username: 'dave', password: DAVE.password }).catch((error: unknown) => error)
    expect(isKeystoneHttpError(login) && login.status).toBe(400)
    ctx.mock.setUserActive('dave', true)
    expect((await newClient(ctx.mock).login({ username: 'dave', password: DAVE.password })).username).toBe('dave')
  })

  it('deactivates a team: its members no longer see it, staff still do', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    ctx.mock.setTeamActive('Team Alpha', false)
    expect(await alice.retrieve('teams', 1)).toBeNull()
    expect((await alice.retrieveAll('teams')).map((team) => team.name)).toEqual([])
    const staff = await loggedIn(ctx.mock, STAFF_USER)
    expect((await staff.retrieve('teams', 1))?.is_active).toBe(false)
  })

  it('restores a snapshot: records, and ids that stay unused after a delete', async () => {
    const staff = await loggedIn(ctx.mock, STAFF_USER)
    const saved = ctx.mock.snapshot()
    const created = await staff.createCluster({ name: 'temporary' })
    await staff.deleteCluster({ pk: created.id })
    ctx.mock.restore(saved)
    expect(ctx.mock.records('clusters').map((cluster) => cluster.name)).not.toContain('temporary')
    const again = await staff.createCluster({ name: 'temporary' })
    expect(again.id).toBe(created.id)
    await staff.deleteCluster({ pk: again.id })
    expect((await staff.createCluster({ name: 'later' })).id).toBeGreaterThan(again.id)
  })
})
