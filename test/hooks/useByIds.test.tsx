// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { keystoneKeys, useCluster, useClustersByIds } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

describe('useClustersByIds', () => {
  it('merges the calls of every component into one id__in request', async () => {
    function Row({ id }: { id: number }) {
      const { data } = useClustersByIds([id])
      return <li>{data[0]?.name ?? `loading ${id}`}</li>
    }
    const ids = [1, 2, 3, 4]
    const { mock } = await renderWithKeystone(<ul>{ids.map((id) => <Row key={id} id={id} />)}</ul>, { server, user: STAFF_USER })
    await screen.findByText('legacy')
    await screen.findByText('alpine')
    const requests = received(mock, 'GET', 'allocations/clusters/')
    expect(requests).toHaveLength(1)
    expect(requests[0]?.query.id__in?.split(',').sort()).toEqual(['1', '2', '3', '4'])
  })

  it('splits ids into requests of 100 and caches each record, null when missing', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => index + 1)
    function Table() {
      const { data, isPending } = useClustersByIds(ids)
      return <p>{isPending ? 'loading' : `found ${data.map((row) => row.name).join(',')}`}</p>
    }
    const { queryClient, client, mock } = await renderWithKeystone(<Table />, { server, user: STAFF_USER })
    await screen.findByText('found alpine,blanca,summit,legacy')
    expect(received(mock, 'GET', 'allocations/clusters/').map((request) => request.query._limit)).toEqual(['100', '100', '50'])
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))?.name).toBe('blanca')
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 27))).toBeNull()
  })

  it('leaves out records the user may not see', async () => {
    function Table() {
      const { data, isPending } = useClustersByIds([1, 2, 3, 4])
      return <p>{isPending ? 'loading' : `found ${data.map((row) => row.name).join(',')}`}</p>
    }
    await renderWithKeystone(<Table />, { server, user: 'bob' })
    await screen.findByText('found alpine,legacy')
  })

  it('reads fresh cached records without a request', async () => {
    function Both() {
      const detail = useCluster(4)
      const many = useClustersByIds(detail.data ? [4] : [], { staleTime: 60_000 })
      return <p>{many.data[0]?.name ?? 'waiting'}</p>
    }
    const { mock } = await renderWithKeystone(<Both />, { server, user: STAFF_USER })
    await screen.findByText('legacy')
    await waitFor(() => expect(received(mock, 'GET', 'allocations/clusters/4/')).toHaveLength(1))
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(0)
  })
})
