// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneProvider, type KeystoneProviderProps, useGrants, useSession } from 'keystone-api-react'
import type { KeystoneUser } from 'keystone-api-react/client'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { cacheDump, startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

// A change of the provider's token (or client) is a change of user: the first user's session and
// records must be gone before anything of the second is shown, in every render.
const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

/** What each render showed: the session user and the grant titles. */
const shown: { user: string; titles: string[] }[] = []
afterEach(() => {
  shown.length = 0
})

function Grants() {
  const session = useSession()
  const { data } = useGrants({ order: 'id' })
  const titles = data?.results.map((grant) => grant.title) ?? []
  shown.push({ user: session.user?.username ?? session.status, titles })
  return (
    <div>
      <p>{`session: ${session.status} ${session.user?.username ?? ''}`.trim()}</p>
      <ul>{titles.map((title) => <li key={title}>{title}</li>)}</ul>
    </div>
  )
}

const teamTitles = (team: number): string[] => mock.records('grants').filter((grant) => grant.team === team).map((grant) => grant.title)

async function userOf(token: string): Promise<KeystoneUser> {
  return (await keystone.client({ token }).whoami())!
}

describe('a change of credentials in the provider is a change of user', () => {
  const variants = [
    ['token, with initialUser', async () => ({ url: mock.baseUrl, token: 'alice-token', initialUser: await userOf('alice-token') }), async () => ({ url: mock.baseUrl, token: 'bob-token', initialUser: await userOf('bob-token') })],
    ['token, session from whoami', async () => ({ url: mock.baseUrl, token: 'alice-token' }), async () => ({ url: mock.baseUrl, token: 'bob-token' })],
    ['client, with initialUser', async () => ({ client: keystone.client({ token: 'alice-token' }), initialUser: await userOf('alice-token') }), async () => ({ client: keystone.client({ token: 'bob-token' }), initialUser: await userOf('bob-token') })],
  ] as const

  it.each(variants)('%s: the second user never sees the first one\'s session or records', async (name, first, second) => {
    await scenario(`credential switch: ${name.split(',')[0]}`, async () => {
      const queryClient = createKeystoneQueryClient()
      const app = (props: Partial<KeystoneProviderProps>) => (
        <KeystoneProvider {...(props as KeystoneProviderProps)} queryClient={queryClient}>
          <Grants />
        </KeystoneProvider>
      )
      const { rerender } = render(app(await first()))
      const alpha = teamTitles(1)
      await screen.findByText('session: authenticated alice')
      for (const title of alpha) await screen.findByText(title)
      const before = mock.requests.length
      const next = await second()
      shown.length = 0
      rerender(app(next))
      await screen.findByText('session: authenticated bob')
      for (const title of teamTitles(2)) await screen.findByText(title)
      await waitFor(() => expect(queryClient.isFetching()).toBe(0))
      // Every render after the switch is bob's, and none of them shows a record of alice's team.
      const rendered = shown.filter((entry) => entry.user === 'alice' || entry.titles.some((title) => alpha.includes(title)))
      const cached = alpha.filter((title) => cacheDump(queryClient).includes(title))
      expect(rendered).toEqual([])
      expect(cached).toEqual([])
      // bob's records came from a request made with bob's credentials.
      expect(mock.requests.slice(before).filter((request) => request.path === 'research/grants/').map((request) => request.headers.authorization)).toContain('Token bob-token')
      return { leaked: rendered.length + cached.length }
    })
  })
})
