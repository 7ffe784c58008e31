import { beforeAll, describe, expect, it } from 'vitest'
import { choices, type ResourceName, resources, stats } from 'keystone-api-react/client'
import { STAFF_USER } from 'keystone-api-react/testing'
import { checkResponse, loadConformance } from './support/conformance.ts'
import { newClient, serveMockKeystone } from './support/harness.ts'
import { createBodies, patchBodies } from './support/payloads.ts'

const ctx = serveMockKeystone()
const names = Object.keys(resources) as ResourceName[]
const staff = () => newClient(ctx.mock, { token: STAFF_USER.token })

/** Sends a request and returns the spec problems of its answer (and its status). */
async function conforms(method: string, path: string, json?: unknown, files?: Record<string, Blob>, params?: Record<string, string>): Promise<{ status: number; problems: string[] }> {
  const client = staff()
  const send = { GET: client.httpGet, POST: client.httpPost, PUT: client.httpPut, PATCH: client.httpPatch, DELETE: client.httpDelete }[method]!
  const response = await send.call(client, path, { json, files, params })
  return { status: response.status, problems: await checkResponse(method, path, response.status, response.data) }
}

describe('mock Keystone responses conform to openapi.yml', () => {
  // Parsing the 380 kB spec and compiling its validator is not part of any one test's budget.
  beforeAll(() => loadConformance(), 60_000)

  it.each(names)('answers a list of %s that matches the spec', async (name) => {
    const result = await conforms('GET', resources[name].path, undefined, undefined, { _limit: '1000' })
    expect(result).toEqual({ status: 200, problems: [] })
  })

  it.each(names.filter((name) => resources[name].ops !== 'list'))('answers a %s record that matches the spec', async (name) => {
    const id = ctx.mock.db[name][0]!.id
    expect(await conforms('GET', `${resources[name].path}${id}/`)).toEqual({ status: 200, problems: [] })
  })

  it.each(Object.keys(createBodies) as ResourceName[])('creates a %s and answers a record that matches the spec', async (name) => {
    expect(await conforms('POST', resources[name].path, createBodies[name])).toEqual({ status: 201, problems: [] })
  })

  it('creates an attachment from a multipart upload', async () => {
    const file = new File(['%PDF-1.4'], 'plan.pdf', { type: 'application/pdf' })
    expect(await conforms('POST', resources.attachments.path, { request: 1 }, { file })).toEqual({ status: 201, problems: [] })
    expect(ctx.mock.db.attachments.at(-1)).toMatchObject({ name: 'plan.pdf', request: 1 })
  })

  it.each(Object.keys(patchBodies) as ResourceName[])('updates a %s and answers a record that matches the spec', async (name) => {
    const row = name === 'notifications' ? ctx.mock.db.notifications.find((item) => item.user === 1)! : ctx.mock.db[name][0]!
    expect(await conforms('PATCH', `${resources[name].path}${row.id}/`, patchBodies[name])).toEqual({ status: 200, problems: [] })
  })

  it('replaces a cluster with PUT and a team with PUT (TeamUpdate)', async () => {
    expect(await conforms('PUT', 'allocations/clusters/1/', { name: 'alpine2', enabled: true, access_mode: 'OP', access_teams: [] })).toEqual({ status: 200, problems: [] })
    expect(await conforms('PUT', 'users/teams/1/', { is_active: true })).toEqual({ status: 200, problems: [] })
  })

  it.each(Object.values(choices))('answers choices at %s that match the spec', async (path) => {
    expect(await conforms('GET', path)).toEqual({ status: 200, problems: [] })
  })

  it.each(Object.values(stats))('answers stats at %s that match the spec', async (path) => {
    expect(await conforms('GET', path)).toEqual({ status: 200, problems: [] })
  })

  it.each(['config/', 'health/json/', 'authentication/whoami/'])('answers %s with a body that matches the spec', async (path) => {
    expect(await conforms('GET', path)).toEqual({ status: 200, problems: [] })
  })

  it('answers login with a user that matches the spec', async () => {
    const response = await newClient(ctx.mock).httpPost('authentication/login/', { json: { username: 'bob', password: 'bob-password' } })
    expect(await checkResponse('POST', 'authentication/login/', 200, response.data)).toEqual([])
  })

  it('answers batch results and batch failures that match the spec', async () => {
    const ok = await conforms('POST', 'batch/', { job: { actions: [{ ref: 'team', method: 'POST', path: '/users/teams/', payload: { name: 'Batch team' } }, { method: 'GET', path: '/users/teams/@ref{team.id}/' }] } })
    expect(ok).toEqual({ status: 200, problems: [] })
    const failed = await conforms('POST', 'batch/', { job: { actions: [{ method: 'POST', path: '/users/teams/', payload: {} }] } })
    expect(failed).toEqual({ status: 422, problems: [] })
  })
})
