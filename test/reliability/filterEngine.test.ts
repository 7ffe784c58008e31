import fc from 'fast-check'
import type { KeystoneClient } from 'keystone-api-react/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startKeystone } from './support/harness.tsx'
import { record, reportTally } from './support/tally.ts'

const keystone = startKeystone()
afterAll(() => reportTally(import.meta.filename))

const RUNS = 10_000
type Cluster = { id: number; name: string; description: string | null; enabled: boolean }
type Filter = readonly [key: string, value: unknown]

/**
 * The reference semantics of one filter (NOTES.md, Lists; the server's plugins/filters.py on
 * django-filter): `not_*` operators exclude, so a null field matches every negation; text
 * lookups are case-sensitive; an empty value is no filter at all.
 */
function matches(cluster: Cluster, [key, value]: Filter): boolean {
  const [field, op = 'exact'] = key.split('__') as [keyof Cluster, string?]
  const stored = cluster[field]
  if (value === '') return true
  if (op === 'isnull') return (stored === null) === value
  if (op.startsWith('not_')) return !matches(cluster, [`${field}__${op === 'not_eq' ? 'exact' : op.slice(4)}`, value])
  if (stored === null) return false
  const text = String(stored)
  switch (op) {
    case 'exact':
      return stored === value
    case 'in':
      return (value as unknown[]).includes(stored)
    case 'contains':
      return text.includes(String(value))
    case 'startswith':
      return text.startsWith(String(value))
    case 'endswith':
      return text.endsWith(String(value))
    case 'lt':
      return (stored as number) < (value as number)
    case 'lte':
      return (stored as number) <= (value as number)
    case 'gt':
      return (stored as number) > (value as number)
    case 'gte':
      return (stored as number) >= (value as number)
    default:
      throw new Error(`no reference for ${key}`)
  }
}

// Short strings over a two-letter alphabet, so lookups often match and often do not.
const word = fc.stringMatching(/^[ab]{0,3}$/)
const TEXT_OPS = ['exact', 'not_eq', 'contains', 'not_contains', 'startswith', 'not_startswith', 'endswith', 'not_endswith']
const textFilter = (field: 'name' | 'description') =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...TEXT_OPS), word).map(([op, value]): Filter => [op === 'exact' ? field : `${field}__${op}`, value]),
    fc.tuple(fc.constantFrom('in', 'not_in'), fc.array(word.filter(Boolean), { minLength: 1, maxLength: 3 })).map(([op, value]): Filter => [`${field}__${op}`, value]),
    fc.boolean().map((value): Filter => [`${field}__isnull`, value]),
  )
const idFilter = fc.oneof(
  fc.tuple(fc.constantFrom('exact', 'not_eq', 'lt', 'lte', 'gt', 'gte'), fc.integer({ min: 0, max: 25 })).map(([op, value]): Filter => [op === 'exact' ? 'id' : `id__${op}`, value]),
  fc.tuple(fc.constantFrom('in', 'not_in'), fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 4 })).map(([op, value]): Filter => [`id__${op}`, value]),
)
const enabledFilter = fc.tuple(fc.constantFrom('enabled', 'enabled__not_eq'), fc.boolean()).map((filter): Filter => filter)
const filters = fc.uniqueArray(fc.oneof(textFilter('name'), textFilter('description'), idFilter, enabledFilter), {
  minLength: 1,
  maxLength: 2,
  selector: ([key]) => key,
})

let client: KeystoneClient
let clusters: Cluster[]

beforeAll(async () => {
  // 24 clusters whose names and descriptions are short words over {a, b}, some descriptions null.
  const random = fc.sample(fc.tuple(fc.stringMatching(/^[ab]{1,4}$/), fc.option(word, { freq: 4 }), fc.boolean()), { numRuns: 24, seed: 11 })
  clusters = random.map(([name, description, enabled], index) => ({ id: index + 1, name: `${name}${index}`, description, enabled }))
  keystone.mock.db.clusters.splice(0, Infinity, ...clusters.map((cluster) => ({ ...cluster, access_mode: 'OP', access_teams: [] })))
  client = keystone.client()
  await client.login({ username: 'admin', password: 'admin-password' })
})

describe('property: the mock filter engine agrees with a reference filter', () => {
  it(`holds for ${RUNS} generated filter combinations`, async () => {
    const details = await fc.check(
      fc.asyncProperty(filters, async (generated) => {
        const page = await client.listClusters({ filters: Object.fromEntries(generated) as never, limit: 1000, order: 'id' })
        const expected = clusters.filter((cluster) => generated.every((filter) => matches(cluster, filter))).map((cluster) => cluster.id)
        expect(page.results.map((cluster) => cluster.id)).toEqual(expected)
      }),
      { numRuns: RUNS, seed: 5 },
    )
    record('fuzz: mock filters agree with a reference', details.numRuns, details.failed ? 1 : 0)
    expect(details.failed ? fc.defaultReportMessage(details) : undefined).toBeUndefined()
  }, 120_000)
})
