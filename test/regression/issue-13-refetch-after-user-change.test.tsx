// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { useGrants, useLogin, useLogout, useSession } from 'keystone-api-react'
import { ALICE, BOB, type MockKeystone, type SeedUser } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { memo, type ReactNode, version } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { pageMock, startMswServer } from '../hooks/support.ts'

// A list kept mounted across a change of user must refetch for the new user by itself, and
// never show (in any frame) a record of the previous one, even when the previous user's answer
// arrives after the new user logged in.
const server = startMswServer()

/** What each render of the list showed: the grant titles. */
const frames: { titles: string[] }[] = []
afterEach(() => {
  frames.length = 0
})

function SessionLine(): ReactNode {
  const session = useSession()
  return <p>{`session: ${session.user?.username ?? session.status}`}</p>
}

/**
 * A list as most screens of a dashboard hold one: it reads only `data` (so TanStack re-renders it
 * only when `data` changes), not the session, and its parent does not re-render it.
 */
const Grants = memo(function Grants(): ReactNode {
  const { data } = useGrants({ order: 'id' })
  const titles = data?.results.map((grant) => grant.title) ?? []
  frames.push({ titles })
  return (
    <section>
      <p>{data ? `${titles.length} grants` : 'no grants'}</p>
      <ul>{titles.map((title) => <li key={title}>{title}</li>)}</ul>
    </section>
  )
})

function Page(): ReactNode {
  const login = useLogin()
  const logout = useLogout()
  const as = (user: SeedUser) => () => login.mutate({ username: user.username, password: user.password })
  return (
    <main>
      <button onClick={as(ALICE)}>Log in as alice</button>
      <button onClick={as(BOB)}>Log in as bob</button>
      <button onClick={() => logout.mutate()}>Log out</button>
      <SessionLine />
      <Grants />
    </main>
  )
}

const titlesOf = (mock: MockKeystone, team: number): string[] =>
  mock.records('grants').filter((grant) => grant.team === team).map((grant) => grant.title as string)

async function showsAll(titles: string[]): Promise<void> {
  await screen.findByText(`${titles.length} grants`)
  for (const title of titles) expect(screen.getByText(title)).toBeTruthy()
}

describe(`a mounted list after a change of user (React ${version})`, () => {
  it('refetches for the user who logs in while it is mounted anonymous', async () => {
    const mock = pageMock()
    await renderWithKeystone(<Page />, { server, mock })
    await screen.findByText('session: anonymous')
    await screen.findByText('no grants')
    fireEvent.click(screen.getByText('Log in as alice'))
    await screen.findByText('session: alice')
    await showsAll(titlesOf(mock, 1))
  })

  it('refetches for another user after logout and login, and never shows the first one\'s records', async () => {
    const mock = pageMock()
    await renderWithKeystone(<Page />, { server, mock, user: 'alice' })
    const alpha = titlesOf(mock, 1)
    await showsAll(alpha)
    frames.length = 0
    fireEvent.click(screen.getByText('Log out'))
    await screen.findByText('session: anonymous')
    fireEvent.click(screen.getByText('Log in as bob'))
    await screen.findByText('session: bob')
    await showsAll(titlesOf(mock, 2))
    expect(frames.filter((frame) => frame.titles.some((title) => alpha.includes(title)))).toEqual([])
  })

  it('refetches after the session expired and the same user logged in again on the page', async () => {
    const mock = pageMock()
    let expired = 0
    const { queryClient } = await renderWithKeystone(<Page />, { server, mock, user: 'alice', onSessionExpired: () => void (expired += 1) })
    const alpha = titlesOf(mock, 1)
    await showsAll(alpha)
    mock.fail({ path: 'research/grants/' }, { status: 401, body: { detail: 'Authentication credentials were not provided.' } })
    await queryClient.invalidateQueries()
    await screen.findByText('session: anonymous')
    expect(expired).toBe(1)
    fireEvent.click(screen.getByText('Log in as alice'))
    await screen.findByText('session: alice')
    await showsAll(alpha)
  })

  it('never writes an answer to the first user\'s request where the next user\'s list reads', async () => {
    const mock = pageMock()
    const { queryClient } = await renderWithKeystone(<Page />, { server, mock, user: 'alice' })
    const alpha = titlesOf(mock, 1)
    await showsAll(alpha)
    // alice's refetch is answered at once but delivered only after bob has logged in.
    mock.fail({ path: 'research/grants/', method: 'GET' }, { late: 300 })
    const refetch = queryClient.invalidateQueries()
    await waitFor(() => expect(mock.requests.filter((request) => request.path === 'research/grants/').length).toBe(2))
    frames.length = 0
    fireEvent.click(screen.getByText('Log in as bob'))
    await screen.findByText('session: bob')
    await showsAll(titlesOf(mock, 2))
    // Once alice's refetch has settled (delivered or dropped), bob's list still shows his records only.
    await refetch
    await new Promise((resolve) => setTimeout(resolve, 0))
    await showsAll(titlesOf(mock, 2))
    expect(frames.filter((frame) => frame.titles.some((title) => alpha.includes(title)))).toEqual([])
  })
})
