// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react'
import { useAllocations, useClusters, useLogout, useSession } from 'keystone-api-react'
import { KeystoneClient, type KeystoneLogger } from 'keystone-api-react/client'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { Profiler, type ReactNode, StrictMode, version } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Lists(): ReactNode {
  const clusters = useClusters()
  const allocations = useAllocations()
  if (!clusters.data || !allocations.data) return <p>Loading…</p>
  return <p>{`${clusters.data.count} clusters, ${allocations.data.count} allocations`}</p>
}

/** A dashboard that shows its lists to a signed-in user and a login form to anyone else. */
function Dashboard(): ReactNode {
  const session = useSession()
  const logout = useLogout()
  if (session.status === 'loading') return <p>Checking session…</p>
  if (!session.user) return <form aria-label="login">Sign in</form>
  return (
    <main>
      <p>{`Signed in as ${session.user.username}`}</p>
      <button onClick={() => logout.mutate()}>Log out</button>
      <Lists />
    </main>
  )
}

describe(`logout with lists mounted (React ${version})`, () => {
  it.each([
    ['', false],
    [' (StrictMode)', true],
  ])('goes straight to the login form and sends nothing after POST logout%s', async (_, strict) => {
    const frames: string[] = []
    const container = document.body.appendChild(document.createElement('div'))
    // Called at every commit of the tree: the text the page shows in that frame.
    const record = (): void => void frames.push(container.textContent ?? '')
    // Every request the client starts, aborted ones included (the mock only sees those that arrive).
    const sent: string[] = []
    const note = (): void => undefined
    const logger: KeystoneLogger = {
      debug: (context, message) => message === 'Sending request' && sent.push(`${context.method} ${context.endpoint}`),
      info: note,
      warn: note,
      error: note,
    }
    const mock = pageMock()
    const client = new KeystoneClient({ url: mock.baseUrl, adapter: 'http', cookies: 'browser', logger })
    await renderWithKeystone(
      <Profiler id="dashboard" onRender={record}>
        {strict ? (
          <StrictMode>
            <Dashboard />
          </StrictMode>
        ) : (
          <Dashboard />
        )}
      </Profiler>,
      { server, mock, client, user: 'alice', container },
    )
    await screen.findByText(/clusters, \d+ allocations/)

    frames.length = 0
    sent.length = 0
    fireEvent.click(screen.getByText('Log out'))
    await screen.findByRole('form', { name: 'login' })
    // Query notifications are flushed on a zero timeout; let them (and any fetch they start) run.
    await new Promise((resolve) => setTimeout(resolve, 0))
    await new Promise((resolve) => setTimeout(resolve, 0))
    client.close()

    expect(sent).toEqual(['POST authentication/logout/'])
    // Every frame after the click shows either the signed-in page with its data or the login form.
    expect(frames.filter((frame) => frame.includes('Loading…'))).toEqual([])
    expect(frames.at(-1)).toBe('Sign in')
  })
})
