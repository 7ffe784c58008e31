import { describe, expect, it } from 'vitest'
import { isKeystoneBatchError } from 'keystone-api-react/client'
import { ALICE, STAFF_USER } from 'keystone-api-react/testing'
import { loggedIn, newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const staff = () => newClient(ctx.mock, { token: STAFF_USER.token })

describe('mock Keystone batch jobs', () => {
  it('runs steps in order and resolves @ref{alias.dot.path} in path, payload and query_params', async () => {
    const results = await staff().batch([
      { ref: 'team', method: 'POST', path: '/users/teams/', payload: { name: 'Batch team' } },
      { ref: 'member', method: 'POST', path: '/users/memberships/', payload: { team: '@ref{team.id}', user: 7, role: 'OW' } },
      { method: 'GET', path: '/users/teams/@ref{team.id}/' },
      { method: 'GET', path: '/users/memberships/', query_params: { team: '@ref{team.id}' } },
      { method: 'PATCH', path: '/users/teams/@ref{member.team}/', payload: { is_active: false } },
    ])
    const teamId = (results[0]!.body as { id: number }).id
    expect(results.map((result) => [result.index, result.status])).toEqual([[1, 201], [2, 201], [3, 200], [4, 200], [5, 200]])
    expect(results[2]!.path).toBe(`/users/teams/${teamId}/`)
    expect((results[2]!.body as { users: number[] }).users).toEqual([7])
    expect((results[3]!.body as { count: number }).count).toBe(1)
    expect(ctx.mock.db.teams.find((team) => team.id === teamId)).toMatchObject({ name: 'Batch team', is_active: false })
  })

  it('rolls back every change when a step fails and answers 422 naming the step', async () => {
    const before = structuredClone(ctx.mock.db)
    const error = await staff()
      .batch([
        { ref: 'cluster', method: 'POST', path: '/allocations/clusters/', payload: { name: 'temp' } },
        { method: 'DELETE', path: '/allocations/requests/1/' },
        { method: 'POST', path: '/allocations/clusters/', payload: { name: '' } },
      ])
      .catch((caught: unknown) => caught)
    expect(isKeystoneBatchError(error)).toBe(true)
    const response = ctx.mock.requests.at(-1)!
    expect(response.status).toBe(422)
    expect(ctx.mock.db).toEqual(before)
    const raw = await staff().httpPost<Record<string, unknown>>('batch/', { json: { job: { actions: [{ method: 'GET', path: '/allocations/clusters/999/' }] } } })
    expect(raw.data).toEqual({ detail: 'Step #1 (GET /allocations/clusters/999/) failed with status 404', step: 1, status: 404, body: { detail: 'No Cluster matches the given query.' } })
  })

  it('answers 422 with the token for an unresolvable reference, and changes nothing', async () => {
    const response = await staff().httpPost<Record<string, unknown>>('batch/', {
      json: { job: { actions: [{ ref: 'a', method: 'POST', path: '/users/teams/', payload: { name: 'T' } }, { method: 'GET', path: '/users/teams/@ref{a.nope}/' }] } },
    })
    expect(response.status).toBe(422)
    expect(response.data).toEqual({ detail: 'Cannot resolve reference "@ref{a.nope}": Key "nope" not found in response', token: '@ref{a.nope}' })
    expect(ctx.mock.db.teams.some((team) => team.name === 'T')).toBe(false)
  })

  it('runs a dry run and rolls it back', async () => {
    const results = await staff().batch([{ method: 'POST', path: '/allocations/clusters/', payload: { name: 'dry' } }], { dryRun: true })
    expect(results[0]!.status).toBe(201)
    expect(ctx.mock.db.clusters.some((cluster) => cluster.name === 'dry')).toBe(false)
  })

  it('accepts multipart jobs with @file{field} references', async () => {
    const alice = await loggedIn(ctx.mock, ALICE)
    const file = new File(['data'], 'data.csv', { type: 'text/csv' })
    const results = await alice.batch([{ method: 'POST', path: '/allocations/attachments/', payload: { request: 1, file: '@file{upload}' } }], { files: { upload: file } })
    expect(results[0]).toMatchObject({ status: 201, body: { name: 'data.csv', request: 1 } })
    expect(ctx.mock.requests.at(-1)!.headers['content-type']).toMatch(/^multipart\/form-data/)
  })

  it('answers 400 for an empty or invalid job', async () => {
    const client = staff()
    expect((await client.httpPost('batch/', { json: { job: { actions: [] } } })).status).toBe(400)
    expect((await client.httpPost('batch/', { json: { job: '{bad json' } })).data).toEqual({ detail: 'The `job` field is not valid JSON.' })
  })
})
