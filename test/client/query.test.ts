import { describe, expect, it } from 'vitest'
import { buildQuery, isKeystoneValidationError, type KeystoneValidationError } from 'keystone-api-react/client'

function refusal(run: () => unknown): KeystoneValidationError {
  try {
    run()
  } catch (error) {
    if (isKeystoneValidationError(error)) return error
    throw error
  }
  throw new Error('expected a KeystoneValidationError')
}

describe('buildQuery', () => {
  it('maps search, order, limit and offset to the underscore parameters', () => {
    const query = buildQuery({ search: 'gpu', order: ['name', '-id'], limit: 50, offset: 100 })
    expect(Object.fromEntries(query)).toEqual({ _search: 'gpu', _order: 'name,-id', _limit: '50', _offset: '100' })
  })

  it('joins in and not_in arrays into one comma-separated value', () => {
    const query = buildQuery({ filters: { id__in: [1, 2, 3], name__not_in: ['a', 'b'] } } as never)
    expect(query.getAll('id__in')).toEqual(['1,2,3'])
    expect(query.get('name__not_in')).toBe('a,b')
    expect(query.toString()).toContain('id__in=1%2C2%2C3')
  })

  it('writes booleans as true/false and dates as ISO 8601', () => {
    const query = buildQuery({
      filters: {
        enabled: false,
        name__isnull: true,
        start__gte: new Date('2024-03-01T00:00:00Z'),
        time__lt: new Date('2024-03-01T10:30:00.500Z'),
      },
    } as never)
    expect(Object.fromEntries(query)).toEqual({
      enabled: 'false',
      name__isnull: 'true',
      start__gte: '2024-03-01',
      time__lt: '2024-03-01T10:30:00.500Z',
    })
  })

  it('skips undefined filters and accepts a single order field', () => {
    expect(buildQuery({ filters: { name: undefined }, order: '-id' } as never).toString()).toBe('_order=-id')
  })

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 1001 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ offset: -1 }, 'offset'],
    [{ search: 3 }, 'search'],
    [{ order: ['name;drop'] }, 'order'],
    [{ order: [] }, 'order'],
    [{ filters: { name__gtx: 'a' } }, 'filters.name__gtx'],
    [{ filters: { 'na me': 'a' } }, 'filters.na me'],
    [{ filters: { _order: 'a' } }, 'filters._order'],
    [{ filters: { id: Number.NaN } }, 'filters.id'],
    [{ filters: { id: { a: 1 } } }, 'filters.id'],
    [{ filters: { id: [1, 2] } }, 'filters.id'],
    [{ filters: { id: null } }, 'filters.id'],
    [{ filters: { id__in: [] } }, 'filters.id__in'],
    [{ filters: { id__in: 5 } }, 'filters.id__in'],
    [{ filters: { name__in: ['a,b'] } }, 'filters.name__in'],
    [{ filters: { id__in: [1, Number.POSITIVE_INFINITY] } }, 'filters.id__in[1]'],
    [{ filters: { name__isnull: 'yes' } }, 'filters.name__isnull'],
    [{ filters: { start: new Date('nope') } }, 'filters.start'],
    [{ filters: 'id=1' }, 'filters'],
  ])('refuses %j naming %s', (params, argument) => {
    const error = refusal(() => buildQuery(params as never))
    expect(error.issues.map((issue) => issue.argument)).toContain(argument)
    expect(error.message).toContain(argument)
  })

  it('lists every bad argument at once', () => {
    const error = refusal(() => buildQuery({ limit: 0, offset: -2, search: 1 } as never))
    expect(error.issues.map((issue) => issue.argument)).toEqual(['search', 'limit', 'offset'])
  })
})
