// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneProvider, useClusters, useCreateGrant, useGrants, useLogin } from 'keystone-api-react'
import { KeystoneClient } from 'keystone-api-react/client'
import { ALICE } from 'keystone-api-react/testing'
import { memo, type ReactNode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

// Screens that read only their data and are never re-rendered by the page around them.
const Grants = memo(function Grants(): ReactNode {
  const { data } = useGrants({ order: 'id' })
  return <p>{data ? `grants: ${data.results.map((grant) => grant.title).join(', ')}` : 'grants: none'}</p>
})

const Clusters = memo(function Clusters(): ReactNode {
  const { data } = useClusters({ order: 'name' })
  return <p>{data ? `clusters: ${data.results.map((cluster) => cluster.name).join(', ')}` : 'clusters: none'}</p>
})

function NewGrant(): ReactNode {
  const create = useCreateGrant()
  return (
    <div>
      <button onClick={() => create.mutate({ title: 'Added after expiry', agency: 'NSF', amount: '1.00', start_date: '2026-01-01', team: 1 })}>Add grant</button>
      {create.error && <p role="alert">{`Not saved: ${create.error.message}`}</p>}
    </div>
  )
}

function SignInAgain({ onDone }: { onDone: () => void }): ReactNode {
  const login = useLogin()
  return (
    <div role="dialog" aria-label="Sign in again">
      <button onClick={() => login.mutate({ username: ALICE.username, password: ALICE.password }, { onSuccess: onDone })}>Sign in</button>
    </div>
  )
}

/** A dashboard that keeps its page mounted and asks for the password in a modal when the session expires. */
function App({ client, expiries }: { client: KeystoneClient; expiries: string[] }): ReactNode {
  const [queryClient] = useState(() => createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } }))
  const [expired, setExpired] = useState(false)
  const onSessionExpired = () => {
    expiries.push('expired')
    setExpired(true)
  }
  return (
    <KeystoneProvider client={client} queryClient={queryClient} onSessionExpired={onSessionExpired}>
      <Grants />
      <Clusters />
      <NewGrant />
      {expired && <SignInAgain onDone={() => setExpired(false)} />}
    </KeystoneProvider>
  )
}

describe('signing in again after the session expired', () => {
  it('keeps the page, refetches every mounted hook, and surfaces the refused write without replaying it', async () => {
    const mock = pageMock()
    server.use(...mock.handlers)
    const client = new KeystoneClient({ url: mock.baseUrl, adapter: 'http', cookies: 'browser' })
    await client.login({ username: ALICE.username, password: ALICE.password })
    const expiries: string[] = []
    render(<App client={client} expiries={expiries} />)
    const alpha = mock.records('grants').filter((grant) => grant.team === 1).map((grant) => grant.title)
    await screen.findByText(`grants: ${alpha.join(', ')}`)
    const clusters = (await screen.findByText(/^clusters: \w/)).textContent

    // The server forgets every session (a restart, or the session's age ran out).
    mock.reset()
    fireEvent.click(screen.getByText('Add grant'))
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Not saved: /)
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again' })
    // Mounted lists drop what they showed; nothing of the session stays on screen.
    await screen.findByText('grants: none')
    await screen.findByText('clusters: none')

    const before = mock.requests.length
    fireEvent.click(within(dialog).getByText('Sign in'))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await screen.findByText(`grants: ${alpha.join(', ')}`)
    await screen.findByText(clusters!)
    // Fresh data, fetched after the new login.
    const after = mock.requests.slice(before).map((request) => `${request.method} ${request.path}`)
    expect(after).toEqual(expect.arrayContaining(['POST authentication/login/', 'GET research/grants/', 'GET allocations/clusters/']))
    // The refused write is still shown, was sent once, and was never replayed.
    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: /)
    expect(received(mock, 'POST', 'research/grants/')).toHaveLength(1)
    expect(expiries).toEqual(['expired'])
    client.close()
  })
})
