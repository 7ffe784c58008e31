import { describe, expect, it } from 'vitest'
import { STAFF_USER } from 'keystone-api-react/testing'
import { newClient, serveMockKeystone } from './support/harness.ts'

const ctx = serveMockKeystone()
const staff = () => newClient(ctx.mock, { token: STAFF_USER.token })
const ids = (records: { id: number }[]): number[] => records.map((record) => record.id)

describe('mock Keystone filters', () => {
  it('filters on exact, not_eq, in, not_in and isnull', async () => {
    const client = staff()
    expect(ids(await client.retrieveAll('requests', { filters: { status: 'AP' } }))).toEqual([1, 5, 6])
    expect(ids(await client.retrieveAll('requests', { filters: { status__not_eq: 'AP' } }))).toEqual([2, 3, 4])
    expect(ids(await client.retrieveAll('requests', { filters: { id__in: [2, 4, 99] } }))).toEqual([2, 4])
    expect(ids(await client.retrieveAll('requests', { filters: { team__not_in: [1] } }))).toEqual([4, 5, 6])
    expect(ids(await client.retrieveAll('requests', { filters: { active__isnull: true } }))).toEqual([2, 3, 4])
    expect(ids(await client.retrieveAll('clusters', { filters: { enabled: false } }))).toEqual([4])
  })

  it('answers 500 for in and not_in over a boolean field, as the real server does', async () => {
    const client = staff()
    const crash = await client.httpGet('users/teams/', { params: { is_active__in: 'true' } })
    expect(crash.status).toBe(500)
    expect((await client.httpGet('users/teams/', { params: { is_active: 'true' } })).status).toBe(200)
  })

  it('compares numbers with lt, lte, gt and gte', async () => {
    const client = staff()
    expect(ids(await client.retrieveAll('requests', { filters: { id__lt: 3 } }))).toEqual([1, 2])
    expect(ids(await client.retrieveAll('requests', { filters: { id__lte: 3, id__gte: 2 } }))).toEqual([2, 3])
    expect(ids(await client.retrieveAll('requests', { filters: { id__gt: 5 } }))).toEqual([6])
  })

  it('matches text case-sensitively with contains, startswith, endswith and their negations', async () => {
    const client = staff()
    const names = async (filters: object): Promise<string[]> =>
      (await client.retrieveAll('clusters', { filters })).map((cluster) => cluster.name)
    expect(await names({ name__contains: 'lp' })).toEqual(['alpine'])
    expect(await names({ name__contains: 'LP' })).toEqual([])
    expect(await names({ name__not_contains: 'a' })).toEqual(['summit'])
    expect(await names({ name__startswith: 'b' })).toEqual(['blanca'])
    expect(await names({ name__not_startswith: 'b' })).toEqual(['alpine', 'summit', 'legacy'])
    expect(await names({ name__endswith: 'y' })).toEqual(['legacy'])
    expect(await names({ name__not_endswith: 'e' })).toEqual(['blanca', 'summit', 'legacy'])
  })

  it('filters dates by value and by year, month, day, week and week_day', async () => {
    ctx.mock.db.grants[0]!.start_date = '2026-03-04'
    const client = staff()
    const grants = async (filters: object): Promise<number[]> => ids(await client.retrieveAll('grants', { filters }))
    expect(await grants({ start_date: '2026-03-04' })).toEqual([1])
    expect(await grants({ start_date__year: 2026, start_date__month: 3, start_date__day: 4 })).toContain(1)
    expect(await grants({ start_date__week: 10, start_date__week_day: 4 })).toEqual([1])
    expect(await grants({ start_date__gte: '2026-03-04', start_date__lte: '2026-03-04' })).toEqual([1])
  })

  it('filters datetimes by hour, minute and second', async () => {
    ctx.mock.db.requests[0]!.submitted = '2026-01-02T13:45:30.000Z'
    const client = staff()
    const found = await client.retrieveAll('requests', { filters: { submitted__hour: 13, submitted__minute: 45, submitted__second: 30 } })
    expect(ids(found)).toEqual([1])
    expect(ids(await client.retrieveAll('requests', { filters: { submitted__lt: new Date('2026-01-02T13:45:31Z'), submitted__gt: new Date('2026-01-02T13:45:29Z') } }))).toEqual([1])
  })

  it('answers 400 for an invalid filter value and ignores unknown parameters', async () => {
    const client = staff()
    const bad = await client.httpGet('allocations/requests/', { params: { id__lt: 'abc' } })
    expect(bad.status).toBe(400)
    expect(bad.data).toEqual({ id__lt: ['Enter a number.'] })
    const unknown = await client.httpGet<{ count: number }>('allocations/requests/', { params: { colour: 'red', id__contains: '1' } })
    expect(unknown.data.count).toBe(6)
  })
})
