// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { useCan, useCreateMembership, useDeleteMembership, useSession, useTeamRole, useUpdateMembership } from 'keystone-api-react'
import { CAROL, STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Rights(): ReactNode {
  const { teams } = useSession()
  const alpha = useTeamRole(1)
  const beta = useTeamRole(2)
  const requestInAlpha = useCan('create', 'requests', { team: 1 })
  const requestInBeta = useCan('create', 'requests', { team: 2 })
  const newCluster = useCan('create', 'clusters')
  return (
    <ul>
      <li>{`teams: ${teams.map((team) => `${team.name} ${team.role}`).join(', ') || 'none'}`}</li>
      <li>{`alpha: ${alpha ?? 'none'}, beta: ${beta ?? 'none'}`}</li>
      <li>{`request in alpha: ${requestInAlpha}, in beta: ${requestInBeta}, new cluster: ${newCluster}`}</li>
    </ul>
  )
}

function Join({ user }: { user: number }): ReactNode {
  const join = useCreateMembership()
  const promote = useUpdateMembership()
  const leave = useDeleteMembership()
  const membership = join.data?.id
  return (
    <div>
      <button onClick={() => join.mutate({ team: 2, user, role: 'MB' })}>join beta</button>
      <button onClick={() => membership && promote.mutate({ pk: membership, data: { role: 'AD' } })}>promote</button>
      <button onClick={() => membership && leave.mutate({ pk: membership })}>leave beta</button>
    </div>
  )
}

describe('useCan and useTeamRole', () => {
  it('answer from the session user\'s teams and roles', async () => {
    await renderWithKeystone(<Rights />, { server, mock: pageMock(), user: CAROL })
    await screen.findByText('teams: Team Alpha AD')
    expect(screen.getByText('alpha: AD, beta: none')).toBeTruthy()
    expect(screen.getByText('request in alpha: true, in beta: false, new cluster: false')).toBeTruthy()
  })

  it('answer false and null while anonymous', async () => {
    await renderWithKeystone(<Rights />, { server, mock: pageMock() })
    await waitFor(() => expect(screen.getByText('teams: none')).toBeTruthy())
    expect(screen.getByText('alpha: none, beta: none')).toBeTruthy()
    expect(screen.getByText('request in alpha: false, in beta: false, new cluster: false')).toBeTruthy()
  })

  it('follow membership writes made through the hooks, without asking whoami again', async () => {
    const mock = pageMock()
    const staffId = 1
    await renderWithKeystone(
      <>
        <Rights />
        <Join user={staffId} />
      </>,
      { server, mock, user: STAFF_USER },
    )
    await screen.findByText('teams: none')
    fireEvent.click(screen.getByText('join beta'))
    await screen.findByText('teams: Team Beta MB')
    expect(screen.getByText('alpha: none, beta: MB')).toBeTruthy()
    fireEvent.click(screen.getByText('promote'))
    await screen.findByText('alpha: none, beta: AD')
    fireEvent.click(screen.getByText('leave beta'))
    await screen.findByText('teams: none')
    expect(received(mock, 'GET', 'authentication/whoami/')).toHaveLength(0)
  })
})
