import { describe, expect, it } from 'vitest'
import { contractEnv } from './support/env.ts'
import { planSteps, selectSteps } from './support/plan.ts'
import { corrections, correctSpec } from '../../scripts/spec-corrections.mjs'
import { normaliseSpec, operationsOf, readSpec } from './support/spec.ts'

const raw = await readSpec()
const operations = operationsOf(raw)
const LIVE = { KEYSTONE_URL: 'https://keystone.example.edu/api', KEYSTONE_USERNAME: 'ada', KEYSTONE_PASSWORD: 'secret' }

describe('contractEnv', () => {
  it('runs against the mock, with writes, when no live variable is set', () => {
    expect(contractEnv({})).toEqual({ writes: true })
  })

  it('runs read-only against a live server unless KEYSTONE_CONTRACT_WRITES=1', () => {
    expect(contractEnv(LIVE)).toEqual({ live: { url: 'https://keystone.example.edu/api/', username: 'ada', password: 'secret' }, writes: false })
    expect(contractEnv({ ...LIVE, KEYSTONE_CONTRACT_WRITES: 'true' }).writes).toBe(false)
    expect(contractEnv({ ...LIVE, KEYSTONE_CONTRACT_WRITES: '1', KEYSTONE_TOKEN: 'k' })).toMatchObject({ live: { token: 'k' }, writes: true })
  })

  it('refuses a half-configured live run instead of falling back to the mock', () => {
    expect(() => contractEnv({ KEYSTONE_URL: LIVE.KEYSTONE_URL })).toThrow('Set all of KEYSTONE_URL')
  })
})

describe('the operation plan', () => {
  it('counts every method of every path of the spec', () => {
    expect(Object.keys(raw.paths as object)).toHaveLength(51)
    expect(operations).toHaveLength(100)
  })

  it('selects only GETs, login and logout without the writes flag', () => {
    const selected = selectSteps(planSteps(operations), { writes: false })
    const methods = new Set(selected.filter((step) => step.operation.method !== 'GET').map((step) => step.operation.key))
    expect(methods).toEqual(new Set(['POST /authentication/login/', 'POST /authentication/logout/']))
    expect(selected).toHaveLength(operations.filter((operation) => operation.method === 'GET').length + 2)
  })

  it('logs in first, creates parents before children, deletes children first and logs out last', () => {
    const keys = planSteps(operations).map((step) => step.operation.key)
    expect(keys[0]).toBe('POST /authentication/login/')
    expect(keys.at(-1)).toBe('POST /authentication/logout/')
    expect(keys.indexOf('POST /users/teams/')).toBeLessThan(keys.indexOf('POST /allocations/requests/'))
    expect(keys.indexOf('DELETE /allocations/requests/{id}/')).toBeLessThan(keys.indexOf('DELETE /users/teams/{id}/'))
    expect(keys.indexOf('GET /allocations/clusters/')).toBeLessThan(keys.indexOf('POST /allocations/clusters/'))
  })

  it('fails when the spec has an operation the library cannot call', () => {
    const extra = [...operations, { method: 'POST', path: '/allocations/clusters/{id}/archive/', key: 'POST /allocations/clusters/{id}/archive/', operationId: 'archive' }]
    expect(() => planSteps(extra)).toThrow('The library has no call for: POST /allocations/clusters/{id}/archive/')
  })

  it('declares, for every list path, the paging keys the client sends', () => {
    const lists = planSteps(operations).filter((step) => step.call.kind === 'list')
    const paths = raw.paths as Record<string, { get: { parameters: { name: string }[] } }>
    for (const step of lists) {
      const names = paths[step.operation.path]!.get.parameters.map((parameter) => parameter.name)
      expect(names, step.operation.path).toEqual(expect.arrayContaining(['_limit', '_offset', '_order', '_search']))
    }
  })
})

describe('normaliseSpec', () => {
  it('rewrites a copy and leaves the document it read untouched', () => {
    const before = JSON.stringify(raw)
    const { document, rewrites } = normaliseSpec(raw)
    expect(rewrites).toEqual({ anyValue: 3, nullableAllOf: 3 })
    expect(JSON.stringify(raw)).toBe(before)
    const schemas = (document.components as { schemas: Record<string, { properties: Record<string, object> }> }).schemas
    expect(schemas.AuditLog!.properties.changes).not.toHaveProperty('nullable')
    expect(schemas.AuditLog!.properties._actor).toMatchObject({ anyOf: [{ $ref: '#/components/schemas/UserSummary' }, { type: 'null' }] })
  })
})

describe('correctSpec', () => {
  it('makes the nodes where the server differs from the spec say what the server sends, on a copy', () => {
    const before = JSON.stringify(raw)
    const schemas = (correctSpec(raw).components as { schemas: Record<string, { properties: Record<string, object> }> }).schemas
    expect(corrections.map((correction) => correction.pointer)).toEqual(['/components/schemas/AuditLogSummary/properties/_actor', '/components/schemas/FeedEntry/properties/cid'])
    expect(schemas.AuditLogSummary!.properties._actor).toMatchObject({ nullable: true })
    expect(schemas.FeedEntry!.properties.cid).not.toHaveProperty('maxLength')
    expect(JSON.stringify(raw)).toBe(before)
  })

  it('fails when a correction names a node the spec no longer has', () => {
    expect(() => correctSpec({ openapi: '3.0.3', paths: {} })).toThrow('/components/schemas/AuditLogSummary/properties/_actor names no node of the spec')
  })
})
