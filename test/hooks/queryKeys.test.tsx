// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { keystoneKeys, type ListParams, useClusters, useGrants } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

function Clusters({ label, params }: { label: string; params: ListParams<'clusters'> }) {
  const { data } = useClusters(params)
  return <p>{data ? `${label} ${data.results.map((cluster) => cluster.name).join(',')}` : `${label} loading`}</p>
}

function Grants({ label, params }: { label: string; params: ListParams<'grants'> }) {
  const { data } = useGrants(params)
  return <p>{data ? `${label} ${data.count}` : `${label} loading`}</p>
}

describe('equivalent list params', () => {
  it('share one request and one cache entry: order as a field or a one-field list, filters in any order, undefined fields', async () => {
    const { mock, client, queryClient } = await renderWithKeystone(
      <>
        <Clusters label="a" params={{ order: 'name', filters: { enabled: true, name__startswith: undefined }, search: undefined }} />
        <Clusters label="b" params={{ filters: { enabled: true }, order: ['name'], limit: undefined }} />
        <Clusters label="c" params={{ filters: { name__startswith: undefined, enabled: true }, order: ['name'] }} />
      </>,
      { server, user: STAFF_USER },
    )
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((label) => screen.findByText(new RegExp(`^${label} [a-z]`))))
    expect(b?.textContent?.slice(2)).toBe(a?.textContent?.slice(2))
    expect(c?.textContent?.slice(2)).toBe(a?.textContent?.slice(2))
    expect(received(mock, 'GET', 'allocations/clusters/').map((request) => request.query)).toEqual([{ enabled: 'true', _order: 'name' }])
    expect(queryClient.getQueryCache().findAll({ queryKey: keystoneKeys.lists(client, 'clusters') })).toHaveLength(1)
  })

  it('share one entry for a date given as a Date or as the text the client sends for it, and for empty filters', async () => {
    const { mock, client, queryClient } = await renderWithKeystone(
      <>
        <Grants label="date" params={{ filters: { start_date__gte: new Date('2024-01-01T00:00:00Z') } }} />
        <Grants label="text" params={{ filters: { start_date__gte: '2024-01-01' } }} />
        <Grants label="none" params={{ filters: {} }} />
        <Grants label="unset" params={{ filters: { title: undefined } }} />
        <Grants label="plain" params={{}} />
      </>,
      { server, user: STAFF_USER },
    )
    for (const label of ['date', 'text', 'none', 'unset', 'plain']) await screen.findByText(new RegExp(`^${label} \\d+$`))
    expect(received(mock, 'GET', 'research/grants/').map((request) => request.query)).toEqual([{ start_date__gte: '2024-01-01' }, {}])
    expect(queryClient.getQueryCache().findAll({ queryKey: keystoneKeys.lists(client, 'grants') })).toHaveLength(2)
    // The key of either form reads the one entry.
    const byText = queryClient.getQueryData(keystoneKeys.list(client, 'grants', { filters: { start_date__gte: '2024-01-01' } }))
    expect(queryClient.getQueryData(keystoneKeys.list(client, 'grants', { filters: { start_date__gte: new Date('2024-01-01T00:00:00Z') } }))).toBe(byText)
  })

  it('keep requests that differ apart', async () => {
    const { mock } = await renderWithKeystone(
      <>
        <Clusters label="up" params={{ order: 'name' }} />
        <Clusters label="down" params={{ order: ['-name'] }} />
        <Clusters label="two" params={{ order: ['name', '-id'] }} />
      </>,
      { server, user: STAFF_USER },
    )
    const up = await screen.findByText(/^up [a-z]/)
    const down = await screen.findByText(/^down [a-z]/)
    await screen.findByText(/^two [a-z]/)
    expect(down.textContent?.slice(5)).toBe(up.textContent?.slice(3).split(',').reverse().join(','))
    expect(
      received(mock, 'GET', 'allocations/clusters/')
        .map((request) => request.query._order)
        .sort(),
    ).toEqual(['-name', 'name', 'name,-id'])
  })
})
