// @vitest-environment happy-dom
import { useSuspenseQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { clusterQueries, useCluster, useKeystoneClient } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

function Detail({ pk }: { pk?: number }) {
  const { data, fetchStatus } = useCluster(pk)
  return <p>{data === undefined ? `no data ${fetchStatus}` : data === null ? 'not found' : data.name}</p>
}

describe('useCluster', () => {
  it('loads one record', async () => {
    const { mock } = await renderWithKeystone(<Detail pk={3} />, { server, user: STAFF_USER })
    await screen.findByText('summit')
    expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(1)
  })

  it('resolves null for a missing record', async () => {
    await renderWithKeystone(<Detail pk={999} />, { server, user: STAFF_USER })
    await screen.findByText('not found')
  })

  it('stays idle while pk is undefined', async () => {
    const { mock } = await renderWithKeystone(<Detail />, { server, user: STAFF_USER })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.getByText('no data idle')).toBeTruthy()
    expect(mock.requests.filter((request) => request.path.startsWith('allocations/clusters/'))).toHaveLength(0)
  })
})

describe('clusterQueries', () => {
  it('fills the cache through ensureQueryData, then answers from it', async () => {
    const { queryClient, client, mock } = await renderWithKeystone(null, { server, user: STAFF_USER })
    expect((await queryClient.ensureQueryData(clusterQueries.detail(client, 2)))?.name).toBe('blanca')
    expect((await queryClient.ensureQueryData(clusterQueries.detail(client, 2)))?.name).toBe('blanca')
    expect(received(mock, 'GET', 'allocations/clusters/2/')).toHaveLength(1)
  })

  it('suspends with useSuspenseQuery until the page arrives', async () => {
    function Names() {
      const { data } = useSuspenseQuery(clusterQueries.list(useKeystoneClient(), { limit: 2 }))
      return <p>{data.results.map((row) => row.name).join(',')}</p>
    }
    await renderWithKeystone(
      <Suspense fallback={<p>suspended</p>}>
        <Names />
      </Suspense>,
      { server, user: STAFF_USER },
    )
    expect(screen.getByText('suspended')).toBeTruthy()
    await screen.findByText('alpine,blanca')
  })
})
