import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runStep } from './support/calls.ts'
import { MEDIA_ALLOWANCES } from './support/checks.ts'
import { coverageTable, newTally, validateExchanges } from './support/coverage.ts'
import { contractEnv } from './support/env.ts'
import type { RunState } from './support/payloads.ts'
import { planSteps, selectSteps, type Step } from './support/plan.ts'
import { recordExchanges, type Recorder } from './support/recorder.ts'
import { loadContract, readSpec } from './support/spec.ts'
import { contractClient, contractTarget } from './support/target.ts'

// Live when KEYSTONE_URL, KEYSTONE_USERNAME and KEYSTONE_PASSWORD are set (README, Contract tests).
const env = contractEnv(process.env)
const raw = await readSpec(env.live?.url)
const contract = await loadContract(raw)
const steps = selectSteps(planSteps(contract.operations), env)
const target = contractTarget(env)
const tally = newTally()
const state: RunState = { listed: {}, created: {}, unique: Date.now().toString(36) }
const session = contractClient(target)
let recorder: Recorder

/** Names of the query parameters the spec declares for an operation. */
function queryNames({ operation }: Step): string[] {
  const item = (raw.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>)[operation.path]!
  return (item[operation.method.toLowerCase()]!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
}

/** Runs a step with a client and validates everything it sent and received. */
async function exercise(step: Step, client = session): Promise<void> {
  let checked: { keys: string[]; problems: string[] } | undefined
  try {
    await runStep(client, step, state, target.credentials, queryNames(step))
  } finally {
    // Validated even when the call throws, so a failing step's traffic is counted where it belongs.
    checked = validateExchanges(contract, await recorder.drain(), tally)
  }
  const { keys, problems } = checked
  expect(problems).toEqual([])
  expect(keys).toContain(step.operation.key)
}

beforeAll(() => {
  target.server.listen({ onUnhandledRequest: target.onUnhandledRequest })
  recorder = recordExchanges(target.server, target.baseUrl)
})

afterAll(() => {
  recorder.dispose()
  target.server.close()
  console.log(coverageTable(tally, contract.operations, steps.map((step) => step.operation), target.mode))
})

describe('the spec', () => {
  it('normalises exactly the six nodes validators reject, in memory', () => {
    expect(contract.rewrites).toEqual({ anyValue: 3, nullableAllOf: 3 })
    expect(JSON.stringify(raw)).toContain('"nullable":true')
  })

  it('has a library call for each of its operations', () => {
    expect(planSteps(contract.operations)).toHaveLength(contract.operations.length)
    expect(Object.keys(MEDIA_ALLOWANCES)).toEqual(['GET /health/prom/'])
  })
})

describe(`the library against ${target.mode}, on a cookie session`, () => {
  it.each(steps.map((step) => [`${step.operation.key} through ${step.label}`, step] as const))('sends and receives %s as the spec says', async (_name, step) => {
    await exercise(step)
  })
})

describe.skipIf(!target.token)('the library in token mode', () => {
  const reads = steps.filter((step) => step.access === 'read')
  it.each(reads.map((step) => [`${step.operation.key} through ${step.label}`, step] as const))('sends and receives %s with a token', async (_name, step) => {
    await exercise(step, contractClient(target, target.token))
  })
})

describe('the run', () => {
  it('exercises every selected operation of the spec', () => {
    const missing = steps.filter((step) => !tally.exercised.has(step.operation.key)).map((step) => step.operation.key)
    expect(missing).toEqual([])
    if (env.writes) expect(tally.exercised.size).toBe(contract.operations.length)
  })

  it('finds no violation', () => {
    expect(tally.violations).toEqual([])
    expect(tally.requests).toBeGreaterThanOrEqual(steps.length)
  })
})
