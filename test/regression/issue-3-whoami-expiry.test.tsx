// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useSession, useWhoAmI } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it, vi } from 'vitest'
import { startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function WhoAmI() {
  const { refetch } = useWhoAmI()
  const { status } = useSession()
  return <button onClick={() => void refetch()}>{`session:${status}`}</button>
}

describe('issue 3: useWhoAmI and an expired session', () => {
  it('calls onSessionExpired once when whoami finds the server session gone', async () => {
    const onSessionExpired = vi.fn()
    const { mock } = await renderWithKeystone(<WhoAmI />, { server, user: STAFF_USER, onSessionExpired })
    await screen.findByText('session:authenticated')
    mock.reset() // the server forgets every session
    screen.getByRole('button').click()
    await screen.findByText('session:anonymous')
    expect(onSessionExpired).toHaveBeenCalledTimes(1)
  })

  it('does not call it for a session that was anonymous already', async () => {
    const onSessionExpired = vi.fn()
    await renderWithKeystone(<WhoAmI />, { server, onSessionExpired })
    await screen.findByText('session:anonymous')
    screen.getByRole('button').click()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(onSessionExpired).not.toHaveBeenCalled()
  })
})
