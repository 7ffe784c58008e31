import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { createKeystoneQueryClient, KeystoneProvider, useCreateGrant, useSession, useTeams, useWhoAmI } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import { memo, type ReactNode, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { LoginForm } from './support/AuthGate.tsx'
import { endSessions, keystoneStory, REAL_KEYSTONE_URL, requestsOf } from './support/keystoneStory.tsx'
import { liveClient, type LiveTraffic } from './support/liveTraffic.ts'
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

/** A screen that reads only its data: it refetches after a new login because the keys carry the session. */
const TeamList = memo(function TeamList(): ReactNode {
  const { data } = useTeams({ order: 'name' })
  return <ul aria-label="Teams">{data?.results.map((team) => <li key={team.id}>{team.name}</li>)}</ul>
})

/** A write the expired session refuses: its error stays on screen and it is not sent again. */
function NewGrant(): ReactNode {
  const create = useCreateGrant()
  // For the user's first team, as the page lists it: the server chose its id.
  const team = useTeams({ order: 'name' }).data?.results[0]?.id
  const add = (): void => {
    if (team !== undefined) create.mutate({ title: 'Cluster time 2027', agency: 'NSF', amount: '1000.00', start_date: '2027-01-01', team })
  }
  return (
    <div>
      <button type="button" onClick={add}>
        Add grant
      </button>
      {create.isSuccess && <p>Saved.</p>}
      {create.error && <ErrorMessage error={create.error} />}
    </div>
  )
}

/**
 * The page stays mounted; an expired session opens a sign-in dialog over it, and signing in closes
 * it. On a real server (`live`) its provider uses the story's client, which sees what is sent.
 */
function ModalSessionFrame({ url, live, children }: { url: string; live?: LiveTraffic; children: ReactNode }): ReactNode {
  const [queryClient] = useState(() => createKeystoneQueryClient())
  const [client] = useState(() => (live ? liveClient(url, live) : undefined))
  const [expired, setExpired] = useState(false)
  const connection = client ? { client } : { url }
  return (
    <KeystoneProvider {...connection} queryClient={queryClient} onSessionExpired={() => setExpired(true)}>
      {children}
      {expired && (
        <div role="dialog" aria-label="Session expired" style={{ position: 'fixed', inset: '20% 30%', background: 'white', border: '1px solid #888', padding: 16 }}>
          <p>Your session expired. Sign in again to continue where you were.</p>
          <LoginForm onLogin={() => setExpired(false)} />
        </div>
      )}
    </KeystoneProvider>
  )
}

const modalFrame: Decorator = (Story, context) => (
  <ModalSessionFrame url={context.keystone?.baseUrl ?? REAL_KEYSTONE_URL} live={context.live}>
    <Story />
  </ModalSessionFrame>
)

/**
 * Re-login after expiry without a reload: a 401 calls `onSessionExpired` once, a dialog asks for
 * the password over the page, and every mounted hook refetches for the signed-in user. The write
 * the expired session refused shows its error and is never replayed.
 */
export const ReLoginInModal: Story = {
  beforeEach: keystoneStory({ user: ALICE }).beforeEach,
  decorators: [modalFrame],
  render: () => (
    <div>
      <TeamList />
      <NewGrant />
    </div>
  ),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('Team Alpha')).toBeVisible()
    // The server forgets the session while the browser still holds the cookie: the mock restarts;
    // a real server's session is really ended, by a logout sent in the background.
    await endSessions(context)
    await userEvent.click(canvas.getByRole('button', { name: 'Add grant' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Session expired' })
    await expect(await canvas.findByRole('alert')).toBeVisible()

    await userEvent.type(within(dialog).getByLabelText('Username'), ALICE.username)
    await userEvent.type(within(dialog).getByLabelText('Password'), ALICE.password)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    await expect(await canvas.findByText('Team Alpha')).toBeVisible()
    await expect(canvas.getByRole('alert')).toBeVisible()
    await expect(requestsOf(context).filter((request) => request.method === 'POST' && request.path === 'research/grants/')).toHaveLength(1)
  },
}
