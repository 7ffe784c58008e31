import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runStep } from './calls.ts'
import { MEDIA_ALLOWANCES } from './checks.ts'
import { coverageTable, newTally, validateExchanges } from './coverage.ts'
import type { ContractEnv } from './env.ts'
import { SEARCH_FAILS, type RunState } from './payloads.ts'
import { planSteps, selectSteps, type Step } from './plan.ts'
import { recordExchanges, type Recorder } from './recorder.ts'
import { loadContract, readSpec } from './spec.ts'
import { contractClient, contractTarget } from './target.ts'

/**
 * Declares the contract suite for one target: the mock, or the live server `env` names (the
 * `contract` project picks by environment; the `live` project always runs it live with writes).
 */
export async function defineContractSuite(env: ContractEnv): Promise<void> {
  const raw = await readSpec(env.live?.url)
  const contract = await loadContract(raw)
  const steps = selectSteps(planSteps(contract.operations), env)
  const target = contractTarget(env)
  const tally = newTally()
  // A live 0.10.9 server fails `_search` on some lists (payloads.ts): those lists are searched only on the mock.
  const state: RunState = { listed: {}, created: {}, unique: Date.now().toString(36), noSearch: env.live ? SEARCH_FAILS : new Set(), ...(env.live ? { absent: [] } : {}) }
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
    console.log(coverageTable(tally, contract.operations, steps.map((step) => step.operation), target.mode, state.absent))
  })

  describe('the spec', () => {
    it('normalises exactly the seven nodes validators reject, in memory (one made nullable by a server correction)', () => {
      expect(contract.rewrites).toEqual({ anyValue: 3, nullableAllOf: 4 })
      expect(JSON.stringify(raw)).toContain('"nullable":true')
    })

    it('has a library call for each of its operations', () => {
      expect(planSteps(contract.operations)).toHaveLength(contract.operations.length)
      expect(Object.keys(MEDIA_ALLOWANCES)).toEqual(['GET /health/prom/'])
    })
  })

  // The token pass reads between the session's writes and its deletes, so every resource still has a record to read.
  const closing = (step: Step): boolean => step.call.kind === 'delete' || step.call.kind === 'logout'
  const named = (list: readonly Step[]) => list.map((step) => [`${step.operation.key} through ${step.label}`, step] as const)

  describe(`the library against ${target.mode}, on a cookie session`, () => {
    it.each(named(steps.filter((step) => !closing(step))))('sends and receives %s as the spec says', async (_name, step) => {
      await exercise(step)
    })
  })

  describe.skipIf(!target.token)('the library in token mode', () => {
    it.each(named(steps.filter((step) => step.access === 'read')))('sends and receives %s with a token', async (_name, step) => {
      await exercise(step, contractClient(target, target.token))
    })
  })

  describe(`the library against ${target.mode}, closing the cookie session`, () => {
    it.each(named(steps.filter(closing)))('sends and receives %s as the spec says', async (_name, step) => {
      await exercise(step)
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
}
