// @vitest-environment happy-dom
import type { QueryClient } from '@tanstack/react-query'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, useClusters, useGrant, useGrants, useLogin, useLogout, useSession } from 'keystone-api-react'
import { useState } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { cacheDump, renderApp, startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

/** What each render showed, and for whom. */
const shown: { user: string; titles: string[] }[] = []
afterEach(() => {
  shown.length = 0
})

function Grants() {
  const session = useSession()
  const { data } = useGrants({ order: 'id' })
  const one = useGrant(1)
  const titles = [...(data?.results.map((grant) => grant.title) ?? []), ...(one.data ? [one.data.title] : [])]
  shown.push({ user: session.user?.username ?? session.status, titles })
  return (
    <div>
      <p>{`session: ${session.status} ${session.user?.username ?? ''}`.trim()}</p>
      <ul>{titles.map((title, index) => <li key={index}>{title}</li>)}</ul>
    </div>
  )
}

function Account() {
  const login = useLogin()
  const logout = useLogout()
  const [username, setUsername] = useState('')
  return (
    <div>
      <input aria-label="username" value={username} onChange={(event) => setUsername(event.target.value)} />
      <button onClick={() => login.mutate({ username, password: `${username}-password` })}>login</button>
      <button onClick={() => logout.mutate()}>logout</button>
    </div>
  )
}

/** Titles of team Alpha's grants (alice's team), as the server has them. */
function alphaTitles(): string[] {
  return mock.records('grants').filter((grant) => grant.team === 1).map((grant) => grant.title)
}

function leaksFor(user: string, titles: readonly string[], queryClient: QueryClient): number {
  const rendered = shown.filter((entry) => entry.user === user).flatMap((entry) => entry.titles).filter((title) => titles.includes(title))
  const cached = titles.filter((title) => cacheDump(queryClient).includes(title))
  return rendered.length + cached.length
}

async function loginAs(username: string): Promise<void> {
  fireEvent.change(screen.getByLabelText('username'), { target: { value: username } })
  fireEvent.click(screen.getByText('login'))
  await screen.findByText(`session: authenticated ${username}`)
}

describe('switching users', () => {
  const variants = [
    ['after a logout', async () => {
      fireEvent.click(screen.getByText('logout'))
      await screen.findByText('session: anonymous')
    }],
    ['without a logout', async () => undefined],
    ['after a logout that failed (500)', async () => {
      mock.fail({ path: 'authentication/logout/' }, { status: 500 })
      fireEvent.click(screen.getByText('logout'))
      await waitFor(() => expect(mock.requests.some((request) => request.path === 'authentication/logout/')).toBe(true))
    }],
  ] as const

  it.each(variants)('%s, user B never sees a record of user A, on screen or in the cache', async (_name, leave) => {
    await scenario(`switch users: ${_name}`, async () => {
      const queryClient = createKeystoneQueryClient()
      renderApp(<><Account /><Grants /></>, { client: keystone.client(), queryClient })
      await screen.findByText('session: anonymous')
      await loginAs('alice')
      const alpha = alphaTitles()
      for (const title of alpha) await screen.findAllByText(title)
      await leave()
      await loginAs('bob')
      await screen.findByText('Grant 3 of team 2')
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      const leaked = leaksFor('bob', alpha, queryClient) + leaksFor('anonymous', alpha, queryClient)
      expect(leaked).toBe(0)
      return { leaked }
    })
  })
})

describe('session expired on the server (401 mid-session)', () => {
  it('the session becomes anonymous, the cache is cleared, onSessionExpired fires once', async () => {
    await scenario('401 mid-session', async () => {
      const client = keystone.client()
      await client.login({ username: 'alice', password: 'alice-password' })
      const queryClient = createKeystoneQueryClient()
      const onSessionExpired = vi.fn()
      function Clusters() {
        const { data, error } = useClusters()
        return <p>{error ? `clusters: ${error.name}` : `clusters: ${data?.count ?? '...'}`}</p>
      }
      renderApp(<><Grants /><Clusters /></>, { client, queryClient, onSessionExpired })
      const alpha = alphaTitles()
      for (const title of alpha) await screen.findAllByText(title)
      await screen.findByText(/clusters: \d/)
      // The server forgets every session (restart, expiry); the data stays as seeded.
      mock.reset()
      shown.length = 0
      await act(() => queryClient.invalidateQueries())
      await screen.findByText('session: anonymous')
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      expect(onSessionExpired).toHaveBeenCalledTimes(1)
      const leaked = leaksFor('anonymous', alpha, queryClient)
      expect(leaked).toBe(0)
      expect(screen.queryByText(alpha[0]!)).toBeNull()
      return { leaked }
    })
  })

  it('a write answered 401 ends the session the same way', async () => {
    await scenario('401 on a write', async () => {
      const client = keystone.client()
      await client.login({ username: 'alice', password: 'alice-password' })
      const queryClient = createKeystoneQueryClient()
      const onSessionExpired = vi.fn()
      renderApp(<Grants />, { client, queryClient, onSessionExpired })
      const alpha = alphaTitles()
      for (const title of alpha) await screen.findAllByText(title)
      mock.fail({ path: /.*/, times: 20 }, { status: 401, body: { detail: 'Authentication credentials were not provided.' } })
      shown.length = 0
      const { keystoneMutations } = await import('keystone-api-react')
      const mutation = queryClient.getMutationCache().build(queryClient, keystoneMutations.update(client, 'grants'))
      await act(() => mutation.execute({ pk: 1, data: { title: 'renamed' } }).catch(() => undefined))
      await screen.findByText('session: anonymous')
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      expect(onSessionExpired).toHaveBeenCalledTimes(1)
      const leaked = leaksFor('anonymous', alpha, queryClient)
      expect(leaked).toBe(0)
      return { leaked }
    })
  })
})
