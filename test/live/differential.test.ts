import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { readSpec, type SpecNode } from '../contract/support/spec.ts'
import { filterCases } from './support/filterCases.ts'
import { acceptedDifferences } from './accepted-differences.ts'
import { type Case, readCases, SEEDED_READS, writeCases } from './support/cases.ts'
import { specialCases } from './support/specialCases.ts'
import { differences, observe, type Observation } from './support/compare.ts'
import { liveTarget } from './support/env.ts'
import { mapOf, SEEDED } from './support/fixtures.ts'
import { seedLiveKeystone } from './support/seeder.ts'
import { Side } from './support/sides.ts'

const target = liveTarget(process.env)
const mock = createMockKeystone()
const msw = setupServer(...mock.handlers)
let server: Side
let mocked: Side
let spec: SpecNode

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: 'bypass' })
  spec = await readSpec(target.url)
  const seeded = await seedLiveKeystone(target.url, target, mock.db, spec)
  server = new Side('server', target.url, seeded.map, target)
  // The server makes notifications only in background tasks (not through its API): neither side has any.
  mock.db.notifications.length = 0
  // Nor task results: those come from Celery workers, which a test server does not run.
  mock.db.taskLogs.length = 0
  mocked = new Side('mock', mock.baseUrl, mapOf(Object.fromEntries(SEEDED.map((name) => [name, mock.db[name]]))), STAFF_USER)
})
afterAll(() => msw.close())

interface Outcome {
  readonly test: Case
  readonly diffs: readonly string[]
  readonly accepted?: string
}

async function observeOn(side: Side, test: Case): Promise<Observation> {
  try {
    return observe(await test.run(side), side.map, test.read ?? {})
  } catch (error) {
    return { status: -1, shape: 'error', derived: (error as Error).message.replace(/\d+/g, '#') }
  }
}

async function runAll(cases: readonly Case[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const test of cases) {
    const diffs = differences(await observeOn(server, test), await observeOn(mocked, test))
    const accepted = diffs.length ? acceptedDifferences.find((entry) => (typeof entry.case === 'string' ? entry.case === test.name : entry.case.test(test.name))) : undefined
    outcomes.push({ test, diffs, accepted: accepted?.reason })
  }
  return outcomes
}

function table(outcomes: readonly Outcome[]): string {
  const rows = new Map<string, [number, number, number, number]>()
  for (const { test, diffs, accepted } of outcomes) {
    const row = rows.get(test.area) ?? [0, 0, 0, 0]
    row[0]++
    if (!diffs.length) row[1]++
    else if (accepted) row[3]++
    else row[2]++
    rows.set(test.area, row)
  }
  const total = [...rows.values()].reduce((sum, row) => sum.map((value, index) => value + row[index]!) as typeof row, [0, 0, 0, 0])
  const line = (name: string, [cases, agree, differ, accepted]: number[]): string => `| ${name.padEnd(16)} | ${String(cases).padStart(5)} | ${String(agree).padStart(5)} | ${String(differ).padStart(6)} | ${String(accepted).padStart(8)} |`
  return ['| area             | cases | agree | differ | accepted |', '|---|---:|---:|---:|---:|', ...[...rows].map(([name, row]) => line(name, row)), line('TOTAL', total)].join('\n')
}

describe('the mock against the real Keystone', () => {
  it('answers every scripted case as the server does, but for the reviewed differences', async () => {
    // KEYSTONE_DIFF_ONLY=<RegExp> runs the matching cases only (while fixing one area).
    const only = process.env.KEYSTONE_DIFF_ONLY ? new RegExp(process.env.KEYSTONE_DIFF_ONLY) : undefined
    const cases = [...readCases(), ...filterCases(spec, mock.db, mocked.map, SEEDED_READS), ...specialCases(), ...writeCases()].filter((test) => !only || only.test(test.name))
    const outcomes = await runAll(cases)
    console.log(`Differential: ${target.url} vs createMockKeystone\n${table(outcomes)}`)
    const unexplained = outcomes.filter((outcome) => outcome.diffs.length && !outcome.accepted).map(({ test, diffs }) => `${test.name}\n    ${diffs.join('\n    ')}`)
    const stale = only ? [] : acceptedDifferences.filter((entry) => !outcomes.some((outcome) => outcome.accepted === entry.reason && outcome.diffs.length)).map((entry) => String(entry.case))
    if (unexplained.length) console.log(unexplained.join('\n'))
    expect(stale, 'accepted differences that no longer occur (remove them)').toEqual([])
    expect(unexplained).toEqual([])
  })
})
