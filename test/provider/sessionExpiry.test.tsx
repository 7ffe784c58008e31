// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useClusters, useSession } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it, vi } from 'vitest'
import { startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Session() {
  const { status } = useSession()
  return <p>{`session:${status}`}</p>
}

function Two() {
  const first = useClusters({ limit: 3 })
  const second = useClusters({ limit: 4 })
  return <p>{`${first.data?.results[0]?.name ?? 'none'} ${second.error?.name ?? ''}`}</p>
}

describe('session expiry', () => {
  it('clears the cache and calls onSessionExpired once on a 401', async () => {
    const onSessionExpired = vi.fn()
    const { queryClient, mock } = await renderWithKeystone(<><Session /><Two /></>, { server, user: STAFF_USER, onSessionExpired })
    await screen.findByText(/^alpine/)
    await screen.findByText('session:authenticated')
    // The server forgets every session, as when it expires.
    mock.reset()
    await queryClient.invalidateQueries()
    await screen.findByText('session:anonymous')
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
    expect(screen.queryByText(/alpine/)).toBeNull()
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))).not.toContain('alpine')
  })
})
