import type { Meta, StoryObj } from '@storybook/react-vite'
import { useSession, useTeams, useWhoAmI } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor } from 'storybook/test'
import { endSessions, keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

/** What a signed-in user sees: who the server says they are, and their teams. */
function SessionDashboard(): ReactNode {
  const { cid } = useSession()
  const whoami = useWhoAmI()
  const teams = useTeams({ order: 'name' })
  return (
    <div>
      <p>Server says: {whoami.data ? whoami.data.username : whoami.isPending ? '…' : 'nobody'}</p>
      <p>Correlation id: {cid}</p>
      <h3>My teams</h3>
      {teams.isPending && <Loading what="teams" />}
      {teams.error && <ErrorMessage error={teams.error} />}
      <ul>{teams.data?.results.map((team) => <li key={team.id}>{team.name}</li>)}</ul>
      <button type="button" onClick={() => teams.refetch()}>
        Refresh teams
      </button>
    </div>
  )
}

const meta = {
  title: 'Hooks/Session',
  component: SessionDashboard,
} satisfies Meta<typeof SessionDashboard>

export default meta
type Story = StoryObj<typeof meta>

/** `useLogin`: a wrong password shows the server's message; the right one opens the dashboard. */
export const SignIn: Story = {
  ...keystoneStory(),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('Username'), ALICE.username)
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong-password')
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid username or password.')

    await userEvent.clear(canvas.getByLabelText('Password'))
    await userEvent.type(canvas.getByLabelText('Password'), ALICE.password)
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByText('Signed in as Alice Anders')).toBeVisible()
    await expect(await canvas.findByText('Team Alpha')).toBeVisible()
    await expect(await canvas.findByText('Server says: alice')).toBeVisible()
  },
}

/** `useLogout`: signing out sends the CSRF token, then the login form comes back. */
export const SignOut: Story = {
  ...keystoneStory({ user: ALICE }),
  play: async ({ canvas, context }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out' }))
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible()
    const logout = requestsOf(context).find((request) => request.path === 'authentication/logout/')
    await expect(logout?.headers['x-csrftoken']).toBeTruthy()
    await expect(logout?.status).toBe(200)
  },
}

/** Session expiry: the server forgets the session, the next request answers 401 and the login form returns. */
export const SessionExpiry: Story = {
  ...keystoneStory({ user: ALICE }),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('Team Alpha')).toBeVisible()
    // The server forgets the session (a restart, a logout elsewhere); the browser still holds the cookie.
    await endSessions(context)
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh teams' }))
    await expect(await canvas.findByText('Your session expired. Sign in again.')).toBeVisible()

    await userEvent.type(canvas.getByLabelText('Username'), ALICE.username)
    await userEvent.type(canvas.getByLabelText('Password'), ALICE.password)
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByText('Team Alpha')).toBeVisible()
    await waitFor(() => expect(canvas.queryByText('Your session expired. Sign in again.')).toBeNull())
  },
}
