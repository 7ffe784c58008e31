import { describe, expect, it } from 'vitest'
import { formatReport, PERMISSION_EXCEPTIONS, permissionCases, runPermissionMatrix } from '../support/permissionMatrix.ts'
import { liveTarget } from './support/env.ts'

// The permission predictions of `can` against the real server: the same cases the unit suite asks
// of the mock (test/support/permissionMatrix.ts), each a real request through the library's client
// by a signed-in role, writes landing on records made for that case alone.
const server = liveTarget(process.env)

describe('can against the real Keystone', () => {
  it('predicts every answer of the server, for every role, resource and action (0 mismatches)', async () => {
    const report = await runPermissionMatrix(server.url, server)
    console.log(formatReport(report, server.url))
    if (report.mismatches.length) console.log(report.mismatches.join('\n'))
    expect(report.mismatches).toEqual([])
    // A named exception that no longer occurs must go.
    expect(PERMISSION_EXCEPTIONS.map((entry) => entry.name).filter((name) => !report.excepted.has(name))).toEqual([])
    expect(report.compared).toBeGreaterThan(permissionCases().length * 0.95)
  })
})
