// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { useClusters, useCreateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function CreateWhileListed() {
  const list = useClusters({ limit: 10 })
  const create = useCreateCluster()
  return (
    <>
      <p>{`list:${list.isFetching ? 'fetching' : 'idle'}`}</p>
      <p>{`write:${create.status}`}</p>
      <button onClick={() => create.mutate({ name: 'cascade' })}>create</button>
    </>
  )
}

describe('issue 3: a write settles when the server answers it', () => {
  it('does not stay pending while the invalidated lists refetch', async () => {
    const { mock } = await renderWithKeystone(<CreateWhileListed />, { server, user: STAFF_USER })
    await screen.findByText('list:idle')
    // The list refetch that follows the write is slow (as behind a long Retry-After).
    mock.fail({ path: 'allocations/clusters/', method: 'GET' }, { delay: 5_000 })
    screen.getByText('create').click()
    await screen.findByText('write:success')
    expect(screen.getByText('list:fetching')).toBeTruthy()
    await waitFor(() => expect(mock.records('clusters').some((cluster) => cluster.name === 'cascade')).toBe(true))
  })
})
