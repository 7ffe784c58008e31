// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useLogin, useLogout, useRequests, useSession, useWhoAmI } from 'keystone-api-react'
import { ALICE, BOB } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { startMswServer } from './support.ts'

const server = startMswServer()

function Titles() {
  const { data } = useRequests()
  return <ul>{data?.results.map((row) => <li key={row.id}>{row.title}</li>)}</ul>
}

function LoginPanel() {
  const login = useLogin()
  const logout = useLogout()
  const { user } = useSession()
  const whoami = useWhoAmI()
  return (
    <div>
      <p>{`session:${user?.username ?? 'none'} whoami:${whoami.data === undefined ? '...' : (whoami.data?.username ?? 'none')}`}</p>
      <button onClick={() => login.mutate({ username: ALICE.username, password: ALICE.password })}>login alice</button>
      <button onClick={() => login.mutate({ username: BOB.username, password: BOB.password })}>login bob</button>
      <button onClick={() => logout.mutate()}>logout</button>
    </div>
  )
}

const cachedText = (queryClient: { getQueryCache(): { getAll(): { state: { data: unknown } }[] } }): string =>
  JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))

describe('useWhoAmI and useSession', () => {
  it('follow a login and a logout', async () => {
    await renderWithKeystone(<LoginPanel />, { server })
    await screen.findByText('session:none whoami:none')
    screen.getByText('login alice').click()
    await screen.findByText('session:alice whoami:alice')
    screen.getByText('logout').click()
    await screen.findByText('session:none whoami:none')
  })
})

describe('useLogin', () => {
  it('removes every record of the previous user when another logs in', async () => {
    const { queryClient } = await renderWithKeystone(<><LoginPanel /><Titles /></>, { server, user: ALICE })
    await screen.findByText('Climate modelling Alpha 1')
    screen.getByText('login bob').click()
    await screen.findByText('session:bob whoami:bob')
    await screen.findByText('Graph analytics Beta 1')
    expect(screen.queryByText(/Alpha/)).toBeNull()
    expect(cachedText(queryClient)).not.toMatch(/Alpha \d/)
  })
})

function LoginForm({ username, password }: { username: string; password: string }) {
  const login = useLogin()
  return (
    <form>
      <button type="button" onClick={() => login.mutate({ username, password })}>sign in</button>
      {login.formErrors.map((message) => <p key={message} role="alert">{message}</p>)}
      <p>{`username-error:${login.fieldErrors.username ?? ''}`}</p>
      <p>{`status:${login.status} error:${login.error?.message ?? ''}`}</p>
    </form>
  )
}

describe('useLogin errors', () => {
  it('shows the server\'s words for a wrong password, at the top of the form', async () => {
    await renderWithKeystone(<LoginForm username="alice" password="wrong" />, { server })
    screen.getByText('sign in').click()
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid username or password.')
    screen.getByText('status:error error:Invalid username or password.')
    screen.getByText('username-error:')
  })

  it('puts a field\'s message on that field', async () => {
    const { mock } = await renderWithKeystone(<LoginForm username="alice" password="x" />, { server })
    mock.fail({ path: 'authentication/login/' }, { status: 400, body: { username: ['This field may not be blank.'] } })
    screen.getByText('sign in').click()
    await screen.findByText('username-error:This field may not be blank.')
    screen.getByText('status:error error:username: This field may not be blank.')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reports a refusal that is not about the form (throttled) as a form error', async () => {
    const { mock } = await renderWithKeystone(<LoginForm username="alice" password="x" />, { server })
    const detail = 'Request was throttled. Expected available in 30 seconds.'
    mock.fail({ path: 'authentication/login/' }, { status: 429, body: { detail }, headers: { 'Retry-After': '30' } })
    screen.getByText('sign in').click()
    expect((await screen.findByRole('alert')).textContent).toBe(detail)
  })
})

describe('useLogout', () => {
  it('clears the records of the user from the screen and the cache', async () => {
    const { queryClient, mock } = await renderWithKeystone(<><LoginPanel /><Titles /></>, { server, user: ALICE })
    await screen.findByText('Climate modelling Alpha 1')
    screen.getByText('logout').click()
    await screen.findByText('session:none whoami:none')
    expect(screen.queryByText(/Alpha/)).toBeNull()
    expect(cachedText(queryClient)).not.toMatch(/Alpha \d/)
    expect(mock.requests.some((request) => request.path === 'authentication/logout/')).toBe(true)
  })
})
