// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneProvider, useCreateGrant, useGrants, useLogin, useLogout, useUpdateGrant } from 'keystone-api-react'
import { ALICE, BOB, type SeedUser } from 'keystone-api-react/testing'
import { memo, type ReactNode } from 'react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { cacheDump, startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

// A change of user while the previous user's answers are still on their way: every answer
// arrives late (the mock's `late` fault), after the next user logged in. Nothing of the first
// user may be rendered to the second, nor stay in the cache.
const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

const frames: string[][] = []
afterEach(() => {
  frames.length = 0
})

/** A screen that reads only `data` and is never re-rendered by its parent. */
const Grants = memo(function Grants(): ReactNode {
  const { data } = useGrants({ order: 'id' })
  const titles = data?.results.map((grant) => grant.title) ?? []
  frames.push(titles)
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
  const create = useCreateGrant()
  const update = useUpdateGrant({ optimistic: true })
  const as = (user: SeedUser) => () => login.mutate({ username: user.username, password: user.password })
  return (
    <main>
      <button onClick={as(BOB)}>bob</button>
      <button onClick={() => logout.mutate()}>out</button>
      <button onClick={() => create.mutate({ title: 'Alice late grant', agency: 'NSF', amount: '10.00', start_date: '2026-01-01', team: 1 })}>create</button>
      <button onClick={() => update.mutate({ pk: firstAlphaGrant(), data: { title: 'Alice late title' } })}>update</button>
      <p>{login.isSuccess ? `logged in ${login.data.username}` : logout.isSuccess ? 'logged out' : 'no change'}</p>
      <p>{create.isPending || update.isPending ? 'writing' : 'idle'}</p>
      <Grants />
    </main>
  )
}

const titlesOf = (team: number): string[] => mock.records('grants').filter((grant) => grant.team === team).map((grant) => grant.title as string)
const firstAlphaGrant = (): number => mock.records('grants').find((grant) => grant.team === 1)!.id as number

async function showsAll(titles: string[]): Promise<void> {
  await screen.findByText(`${titles.length} grants`)
  for (const title of titles) expect(screen.getByText(title)).toBeTruthy()
}

/** Renders the page logged in as alice and waits for her grants. */
async function asAlice() {
  const client = keystone.client()
  const initialUser = await client.login({ username: ALICE.username, password: ALICE.password })
  const queryClient = createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <KeystoneProvider client={client} queryClient={queryClient} initialUser={initialUser}>
      <Page />
    </KeystoneProvider>,
  )
  await showsAll(titlesOf(1))
  return { client, queryClient, alpha: [...titlesOf(1), 'Alice late grant', 'Alice late title'] }
}

/** What of alice's is on screen or in the cache once bob's page has settled. */
function leaksOf(alpha: string[], dump: string): number {
  const rendered = frames.filter((titles) => titles.some((title) => alpha.includes(title))).length
  return rendered + alpha.filter((title) => dump.includes(title)).length
}

const switches = [
  ['login as another user', async () => fireEvent.click(screen.getByText('bob'))],
  [
    'logout, then login',
    async () => {
      fireEvent.click(screen.getByText('out'))
      await screen.findByText('logged out')
      fireEvent.click(screen.getByText('bob'))
    },
  ],
] as const

describe('user switch under late answers', () => {
  it.each(switches)('a late list answer of the first user (%s)', async (name, change) => {
    await scenario(`user switch: late list answer (${name})`, async () => {
      const { queryClient, alpha } = await asAlice()
      mock.fail({ path: 'research/grants/', method: 'GET' }, { late: 200 })
      const refetch = queryClient.invalidateQueries()
      await waitFor(() => expect(mock.requests.filter((request) => request.path === 'research/grants/').length).toBe(2))
      frames.length = 0
      await change()
      await screen.findByText('logged in bob')
      await showsAll(titlesOf(2))
      await refetch
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      const leaked = leaksOf(alpha, cacheDump(queryClient))
      expect(leaked).toBe(0)
      return { leaked }
    })
  })

  it.each(switches)('a late write answer of the first user (%s)', async (name, change) => {
    await scenario(`user switch: late write answer (${name})`, async () => {
      const { queryClient, alpha } = await asAlice()
      mock.fail({ path: 'research/grants/', method: 'POST' }, { late: 200 })
      mock.fail({ path: /^research\/grants\/\d+\/$/, method: 'PATCH' }, { late: 200 })
      const before = mock.requests.length
      fireEvent.click(screen.getByText('create'))
      fireEvent.click(screen.getByText('update'))
      await waitFor(() => expect(mock.requests.slice(before).filter((request) => request.method !== 'GET').length).toBe(2))
      frames.length = 0
      await change()
      await screen.findByText('logged in bob')
      await showsAll(titlesOf(2))
      await screen.findByText('idle')
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      const leaked = leaksOf(alpha, cacheDump(queryClient))
      expect(leaked).toBe(0)
      return { leaked }
    })
  })
})
