// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneProvider, useGrants, useLogin, useLogout, useSession } from 'keystone-api-react'
import { KeystoneClient } from 'keystone-api-react/client'
import { ALICE, BOB } from 'keystone-api-react/testing'
import { memo, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, startMswServer } from '../hooks/support.ts'

// Two providers on one page stand for two tabs of one dashboard: same API, same cookies, each
// with its own client and cache. What one tab does to the session, the other follows.
const server = startMswServer()

const Grants = memo(function Grants(): ReactNode {
  const { data } = useGrants({ order: 'id' })
  return <p>{data ? `grants: ${data.count}` : 'grants: none'}</p>
})

function Tab(): ReactNode {
  const session = useSession()
  const login = useLogin()
  const logout = useLogout()
  if (session.status === 'loading') return <p>loading</p>
  return (
    <div>
      <p>{`user: ${session.user?.username ?? 'nobody'}`}</p>
      <button onClick={() => logout.mutate()}>log out</button>
      <button onClick={() => login.mutate({ username: BOB.username, password: BOB.password })}>log in as bob</button>
      {session.user && <Grants />}
    </div>
  )
}

async function twoTabs(expired: string[]) {
  const mock = pageMock()
  server.use(...mock.handlers)
  const clients = [0, 1].map(() => new KeystoneClient({ url: mock.baseUrl, adapter: 'http', cookies: 'browser' }))
  const queryClients = clients.map(() => createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } }))
  const alice = await clients[0]!.login({ username: ALICE.username, password: ALICE.password })
  render(
    <>
      {clients.map((client, index) => (
        <section key={index} aria-label={`tab ${index + 1}`}>
          <KeystoneProvider client={client} queryClient={queryClients[index]} initialUser={alice} onSessionExpired={() => expired.push(`tab ${index + 1}`)}>
            <Tab />
          </KeystoneProvider>
        </section>
      ))}
    </>,
  )
  const tab = (index: number) => within(screen.getByRole('region', { name: `tab ${index}` }))
  await waitFor(() => expect(screen.getAllByText(/^grants: \d+/)).toHaveLength(2))
  mock.requests.length = 0
  return { mock, clients, queryClients, tab }
}

const sent = (mock: ReturnType<typeof pageMock>): string[] => mock.requests.map((request) => `${request.method} ${request.path}`)

describe('sessions across tabs', () => {
  it('logout in one tab logs every tab out, with no request from the others', async () => {
    const { mock, clients, tab } = await twoTabs([])
    fireEvent.click(tab(1).getByText('log out'))
    await tab(2).findByText('user: nobody')
    await tab(1).findByText('user: nobody')
    expect(sent(mock)).toEqual(['POST authentication/logout/'])
    clients.forEach((client) => client.close())
  })

  it('a login in one tab moves every tab to that user, each fetching its own lists once', async () => {
    const { mock, clients, tab } = await twoTabs([])
    fireEvent.click(tab(2).getByText('log in as bob'))
    await tab(1).findByText('user: bob')
    await tab(2).findByText('user: bob')
    const bobs = mock.records('grants').filter((grant) => grant.team === 2).length
    await waitFor(() => expect(screen.getAllByText(`grants: ${bobs}`)).toHaveLength(2))
    expect(sent(mock).sort()).toEqual(['GET research/grants/', 'GET research/grants/', 'POST authentication/login/'])
    clients.forEach((client) => client.close())
  })

  it('an expiry seen by one tab calls onSessionExpired in every tab', async () => {
    const expired: string[] = []
    const { mock, clients, queryClients, tab } = await twoTabs(expired)
    // The server forgets the session; only tab 1 asks it again, and learns so.
    mock.reset()
    await queryClients[0]!.invalidateQueries()
    await tab(1).findByText('user: nobody')
    await tab(2).findByText('user: nobody')
    expect(expired.sort()).toEqual(['tab 1', 'tab 2'])
    expect(sent(mock)).toEqual(['GET research/grants/'])
    clients.forEach((client) => client.close())
  })
})
