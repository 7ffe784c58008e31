import fc from 'fast-check'
import { buildQuery, KeystoneClient, KeystoneValidationError, normalizeBaseUrl, toEndpoint } from 'keystone-api-react/client'
import { afterAll, describe, expect, it } from 'vitest'
import { record, reportTally } from './support/tally.ts'

afterAll(() => reportTally(import.meta.filename))

const RUNS = 10_000
const OPS = ['', 'not_eq', 'lt', 'lte', 'gt', 'gte', 'contains', 'startswith', 'endswith', 'year', 'isnull', 'in', 'not_in']

/** Runs a property, tallies it (runs, one failure per counterexample), and fails the test on one. */
function check(fault: string, property: fc.IProperty<never> | fc.IAsyncProperty<never>): void {
  const details = fc.check(property as fc.IProperty<never>, { numRuns: RUNS, seed: 7 }) as fc.RunDetails<never>
  record(fault, details.numRuns, details.failed ? 1 : 0)
  expect(details.failed ? fc.defaultReportMessage(details) : undefined).toBeUndefined()
}

/** The reference formatting of one filter value (NOTES.md, Lists). */
function reference(value: unknown): string {
  if (Array.isArray(value)) return value.map(reference).join(',')
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  return String(value)
}

const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.date({ noInvalidDate: true }))
const filterEntry = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}(_[a-z0-9]{1,4}){0,2}$/), fc.constantFrom(...OPS)).chain(([field, op]) => {
  const key = op ? `${field}__${op}` : field
  const value = op === 'isnull' ? fc.boolean() : op === 'in' || op === 'not_in' ? fc.array(fc.oneof(fc.string().filter((text) => !text.includes(',')), fc.integer()), { minLength: 1, maxLength: 5 }) : scalar
  return value.map((item) => [key, item] as const)
})

describe('property: buildQuery round-trips through URLSearchParams', () => {
  it(`holds for ${RUNS} generated filter sets`, () => {
    check(
      'fuzz: buildQuery round-trip',
      fc.property(fc.array(filterEntry, { maxLength: 6 }), fc.option(fc.string()), (entries, search) => {
        const filters = Object.fromEntries(entries)
        let query: URLSearchParams
        try {
          query = buildQuery({ filters, search: search ?? undefined })
        } catch {
          return false
        }
        const parsed = new URLSearchParams(query.toString())
        const expected = Object.entries(filters).map(([key, value]) => [key, reference(value)])
        if (search !== null) expected.push(['_search', search])
        return JSON.stringify([...parsed].sort()) === JSON.stringify(expected.sort())
      }) as never,
    )
  })
})

describe('property: URLs never leave the base URL', () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '%2e', '%2E%2e', '%2f', '%5C', '\\', '//', 'http:', 'evil.test', '@evil.test', '?', '#', ' ', '\t', '\n', ':', '%00', 'users'),
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^[a-z]{1,8}$/),
  )
  const endpoint = fc.oneof(fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/')), fc.string(), fc.webUrl())
  const base = fc.oneof(fc.constant('http://keystone.test/api/'), fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((url) => !/@/.test(url)))

  it(`toEndpoint + normalizeBaseUrl hold for ${RUNS} generated endpoints`, () => {
    check(
      'fuzz: URL builder stays under base',
      fc.property(base, endpoint, (rawBase, raw) => {
        const baseUrl = normalizeBaseUrl(rawBase)
        let path: string
        try {
          path = toEndpoint(raw)
        } catch (error) {
          return error instanceof KeystoneValidationError
        }
        const joined = new URL(baseUrl + path)
        return joined.origin === new URL(baseUrl).origin && joined.href.startsWith(baseUrl) && joined.search === '' && joined.hash === ''
      }) as never,
    )
  })

  it(`the client's joining holds for ${RUNS} generated endpoints`, async () => {
    const urls: string[] = []
    const client = new KeystoneClient({
      url: 'http://keystone.test/api/',
      cookies: 'jar',
      adapter: async (config) => {
        urls.push(new URL(config.url ?? '').href)
        return { data: {}, status: 200, statusText: 'OK', headers: {}, config }
      },
    })
    const details = await fc.check(
      fc.asyncProperty(endpoint, async (raw) => {
        urls.length = 0
        const error = await client.httpPost(raw, { json: {} }).then(() => undefined, (caught: unknown) => caught)
        if (error) return error instanceof KeystoneValidationError && urls.length === 0
        return urls.length === 1 && urls[0]!.startsWith(client.baseUrl) && new URL(urls[0]!).origin === 'http://keystone.test'
      }),
      { numRuns: RUNS, seed: 7 },
    )
    record('fuzz: client joining stays under base', details.numRuns, details.failed ? 1 : 0)
    expect(details.failed ? fc.defaultReportMessage(details) : undefined).toBeUndefined()
  })
})
