// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { keystoneKeys, useCluster, useClusters, useUpdateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { pageMock, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Page() {
  const { data: page } = useClusters({ limit: 100 })
  const { data } = useCluster(2)
  const update = useUpdateCluster({ optimistic: true })
  return (
    <div>
      <p>{`detail:${data?.name ?? '...'}`}</p>
      <p>{`list:${page?.results.find((row) => row.id === 2)?.name ?? '...'}`}</p>
      <p>{`pending:${update.isPending}`}</p>
      <button onClick={() => update.mutate({ pk: 2, data: { name: 'first' } })}>first</button>
      <button onClick={() => update.mutate({ pk: 2, data: { name: 'second' } })}>second</button>
    </div>
  )
}

describe('overlapping optimistic updates of one record', () => {
  it('end on the server’s record when the earlier write is refused late', async () => {
    const mock = pageMock()
    const { queryClient, client } = await renderWithKeystone(<Page />, { server, mock, user: STAFF_USER })
    await screen.findByText('detail:blanca')
    await screen.findByText('list:blanca')
    // The first write is refused, and only after the second one could have been answered.
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { status: 403, delay: 80, body: { detail: 'Refused.' } })
    screen.getByText('first').click()
    screen.getByText('second').click()
    await screen.findByText('detail:second')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('second'))
    await waitFor(() => expect(screen.getByText('detail:second')).toBeTruthy())
    expect(screen.getByText('list:second')).toBeTruthy()
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))?.name).toBe('second')
  })

  it('reach the server in the order they were made, so the last click wins', async () => {
    const mock = pageMock()
    const { queryClient } = await renderWithKeystone(<Page />, { server, mock, user: STAFF_USER })
    await screen.findByText('detail:blanca')
    // Were both sent at once, the slow first write would land last and overwrite the second.
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { delay: 80 })
    screen.getByText('first').click()
    screen.getByText('second').click()
    await screen.findByText('detail:second')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2)
    expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('second')
    expect(screen.getByText('detail:second')).toBeTruthy()
  })
})
