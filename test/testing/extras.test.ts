import { describe, expect, it, vi } from 'vitest'
import { isKeystoneNetworkError } from 'keystone-api-react/client'
import { ALICE, SEED_USERS, STAFF_USER } from 'keystone-api-react/testing'
import { loggedIn, newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const staff = () => newClient(ctx.mock, { token: STAFF_USER.token })

describe('mock Keystone stats, choices and config', () => {
  it('computes stats from its data, respecting filters and team visibility', async () => {
    const client = staff()
    const all = await client.stats('Request')
    expect(all.request_count).toBe(6)
    expect(all.request_approved_count).toBe(3)
    expect((await client.stats('Request', { team: 2 })).request_count).toBe(3)
    const alice = await loggedIn(ctx.mock, ALICE)
    expect((await alice.stats('Grant')).grant_count).toBe(2)
    expect(await alice.stats('Notification')).toEqual({ total: 2, unread: 1 })
    const publications = await client.stats('Publication')
    expect(publications).toMatchObject({ publications_count: 4, draft_count: 2, accepted_count: 2 })
  })

  it('answers choices as { code: label }', async () => {
    expect(await staff().choices('ClusterAccessMode')).toEqual({ WL: 'Whitelist', BL: 'Blacklist', OP: 'Open' })
    expect(await staff().getMembershipRoleChoices()).toEqual({ OW: 'Owner', AD: 'Admin', MB: 'Member' })
  })

  it('answers config and version', async () => {
    expect((await staff().getConfig()).max_upload_count).toBe(15)
    expect(await staff().getVersion()).toBe((await staff().getConfig()).version)
  })
})

describe('mock Keystone fault injection', () => {
  it('fails the next N requests to a path with a status, then recovers', async () => {
    ctx.mock.fail({ path: 'allocations/clusters/', times: 2 }, { status: 503, body: { detail: 'down' } })
    const client = staff()
    expect((await client.httpGet('allocations/clusters/')).status).toBe(503)
    expect((await client.httpGet('allocations/clusters/')).status).toBe(503)
    expect((await client.httpGet('allocations/clusters/')).status).toBe(200)
    expect(ctx.mock.requests.map((request) => request.status)).toEqual([503, 503, 200])
  })

  it('fails with a network error', async () => {
    ctx.mock.fail({ path: /^users\//, method: 'GET' }, { network: true })
    const error = await staff().listUsers().catch((caught: unknown) => caught)
    expect(isKeystoneNetworkError(error)).toBe(true)
    expect((await staff().listUsers()).count).toBe(SEED_USERS.length)
  })

  it('delays a response until the injected delay has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      ctx.mock.fail({ path: 'config/' }, { delay: 5000 })
      let settled = false
      const pending = staff().getConfig().then(() => (settled = true))
      await vi.advanceTimersByTimeAsync(4900)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(200)
      await pending
      expect(settled).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
