// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { useGrant, useLogin, useLogout, useSession, useUpdateGrant } from 'keystone-api-react'
import { ALICE, CAROL, type MockKeystone } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from './support.ts'

// Writes to one record wait for the earlier ones; a write still in flight when its user logs out
// must neither hold the next user's writes of that record back nor land in the next user's cache.
const server = startMswServer()

function Page({ pk }: { pk: number }): ReactNode {
  const session = useSession()
  const grant = useGrant(pk)
  const update = useUpdateGrant({ optimistic: true })
  const login = useLogin()
  const logout = useLogout()
  const user = session.user?.username ?? session.status
  return (
    <main>
      <p>{`session: ${user}`}</p>
      <p>{`title: ${grant.data?.title ?? '…'}`}</p>
      <button onClick={() => update.mutate({ pk, data: { title: `by ${user}` } })}>Rename</button>
      <button onClick={() => update.mutate({ pk, data: { title: `again by ${user}` } })}>Rename again</button>
      <p>{`write error: ${update.error?.name ?? 'none'}`}</p>
      <button onClick={() => logout.mutate()}>Log out</button>
      <button onClick={() => login.mutate({ username: CAROL.username, password: CAROL.password })}>Log in as carol</button>
    </main>
  )
}

const alphaGrant = (mock: MockKeystone): number => mock.records('grants').find((grant) => grant.team === 1)!.id as number

/** The page signed in as alice, with the grant's PATCHes answered 300 ms late. */
async function aliceWithSlowWrites(): Promise<{ mock: MockKeystone; pk: number }> {
  const mock = pageMock()
  const pk = alphaGrant(mock)
  await renderWithKeystone(<Page pk={pk} />, { server, mock, user: ALICE.username })
  await screen.findByText('session: alice')
  mock.fail({ path: `research/grants/${pk}/`, method: 'PATCH' }, { delay: 300 })
  return { mock, pk }
}

/** alice signs out and carol signs in on the same page. */
async function switchToCarol(): Promise<void> {
  fireEvent.click(screen.getByText('Log out'))
  await screen.findByText('session: anonymous')
  fireEvent.click(screen.getByText('Log in as carol'))
  await screen.findByText('session: carol')
}

describe('optimistic writes across a change of user', () => {
  it('lets the next user write the record while the previous user\'s write is still answering', async () => {
    const { mock, pk } = await aliceWithSlowWrites()
    fireEvent.click(screen.getByText('Rename'))
    await screen.findByText('title: by alice')
    await switchToCarol()
    await screen.findByText(/^title: (?!…)/)
    fireEvent.click(screen.getByText('Rename'))
    await waitFor(() => expect(mock.records('grants').find((grant) => grant.id === pk)?.title).toBe('by carol'), { timeout: 3000 })
    await screen.findByText('title: by carol')
    // alice's answer arrives while carol is signed in: it must not replace what carol sees.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.getByText('title: by carol')).toBeTruthy()
    expect(received(mock, 'PATCH', `research/grants/${pk}/`)).toHaveLength(2)
  })

  it('refuses to send a write that waited behind another while its user signed out and another signed in', async () => {
    const { mock, pk } = await aliceWithSlowWrites()
    fireEvent.click(screen.getByText('Rename'))
    fireEvent.click(screen.getByText('Rename again'))
    await screen.findByText('title: again by alice')
    await switchToCarol()
    await screen.findByText('write error: KeystoneAbortError', undefined, { timeout: 3000 })
    // Only alice's first write went out: the second was never sent with carol's session.
    expect(received(mock, 'PATCH', `research/grants/${pk}/`)).toHaveLength(1)
    expect(mock.records('grants').find((grant) => grant.id === pk)?.title).not.toBe('again by alice')
  })
})
