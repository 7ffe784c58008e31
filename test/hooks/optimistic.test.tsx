// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { keystoneKeys, useCluster, useClusters, useDeleteCluster, useUpdateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { pageMock, startMswServer } from './support.ts'

const server = startMswServer()

function List() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((row) => <li key={row.id}>{`list:${row.name}`}</li>)}</ul>
}
function Detail({ pk }: { pk: number }) {
  const { data } = useCluster(pk)
  return <p>{`detail:${data?.name ?? '...'}`}</p>
}

describe('useUpdateCluster({ optimistic: true })', () => {
  it('applies the change at once and rolls it back exactly when refused', async () => {
    function Update() {
      const update = useUpdateCluster({ optimistic: true })
      return (
        <div>
          <button onClick={() => update.mutate({ pk: 2, data: { name: 'renamed' } })}>rename</button>
          <p>{`status:${update.status}`}</p>
        </div>
      )
    }
    // Latency keeps the refused write in flight long enough to see the optimistic state.
    const mock = pageMock({ latency: 60 })
    const { queryClient, client } = await renderWithKeystone(<><List /><Detail pk={2} /><Update /></>, { server, mock, user: STAFF_USER })
    await screen.findByText('detail:blanca')
    await screen.findByText('list:blanca')
    const before = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100 }))
    const detailBefore = queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { status: 403, body: { detail: 'Refused.' } })
    screen.getByText('rename').click()
    await screen.findByText('detail:renamed')
    expect(screen.getByText('list:renamed')).toBeTruthy()
    await screen.findByText('status:error')
    expect(screen.getByText('detail:blanca')).toBeTruthy()
    expect(screen.getByText('list:blanca')).toBeTruthy()
    expect(queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100 }))).toEqual(before)
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))).toEqual(detailBefore)
    expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('blanca')
  })
})

describe('useDeleteCluster({ optimistic: true })', () => {
  it('removes the record at once and puts it back when refused', async () => {
    function Delete() {
      const remove = useDeleteCluster({ optimistic: true })
      return (
        <div>
          <button onClick={() => remove.mutate({ pk: 4 })}>delete</button>
          <p>{`status:${remove.status}`}</p>
        </div>
      )
    }
    const mock = pageMock({ latency: 60 })
    await renderWithKeystone(<><List /><Delete /></>, { server, mock, user: STAFF_USER })
    await screen.findByText('list:legacy')
    mock.fail({ path: 'allocations/clusters/4/', method: 'DELETE' }, { status: 403, body: { detail: 'Refused.' } })
    screen.getByText('delete').click()
    await waitFor(() => expect(screen.queryByText('list:legacy')).toBeNull())
    await screen.findByText('status:error')
    expect(screen.getByText('list:legacy')).toBeTruthy()
    expect(mock.records('clusters')).toHaveLength(4)
  })
})
