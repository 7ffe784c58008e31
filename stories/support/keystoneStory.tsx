import type { Decorator, Meta } from '@storybook/react-vite'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, type MockKeystone, type MockKeystoneOptions, type SeedUser } from 'keystone-api-react/testing'
import { KeystoneFrame } from './KeystoneFrame.tsx'

declare module 'storybook/internal/csf' {
  interface StoryContext {
    /** The story's mock Keystone, made fresh by `keystoneStory()`; undefined against a real server. */
    keystone?: MockKeystone
  }
}

/** URL of a real Keystone API (`KEYSTONE_URL=... npm start`); empty when the stories use the mock. */
export const REAL_KEYSTONE_URL: string = import.meta.env.STORYBOOK_KEYSTONE_URL ?? ''

/** How a story's Keystone starts. */
export interface KeystoneStoryOptions {
  /** Seed user logged in before the story renders; without one the story starts at the login form. */
  user?: SeedUser
  /** Options of the mock (seed, latency, throttle); its `baseUrl` is always this page's `/api/`. */
  mock?: Omit<MockKeystoneOptions, 'baseUrl'>
  /** Arranges the mock before render, e.g. `mock.fail(...)`; runs after the login. */
  arrange?: (mock: MockKeystone) => void
}

const SESSION_COOKIES = ['sessionid', 'csrftoken']

/** The mock mirrors its cookies into `document.cookie`; a story must not inherit the last one's session. */
function clearSessionCookies(): void {
  for (const name of SESSION_COOKIES) document.cookie = `${name}=; Max-Age=0; Path=/`
}

async function logIn(baseUrl: string, user: SeedUser): Promise<void> {
  const client = new KeystoneClient({ url: baseUrl })
  try {
    await client.login(user)
  } finally {
    client.close()
  }
}

/** Ends the browser's session on a real server, so a story never inherits the last one's user. */
async function logOut(baseUrl: string): Promise<void> {
  const client = new KeystoneClient({ url: baseUrl })
  try {
    await client.logout()
  } finally {
    client.close()
  }
}

/**
 * `beforeEach` and decorator of a Keystone story: a fresh mock per story (its handlers installed
 * with `msw.use`), optionally logged in, and the story wrapped in a `KeystoneProvider` with a
 * fresh query cache behind a login form. With `KEYSTONE_URL` set the same story talks to that
 * server instead, logged in as the same seed user (the server must hold the mock's seed).
 * @example
 * const meta = { title: 'Hooks/Lists', component: ClusterTable, ...keystoneStory({ user: STAFF_USER }) } satisfies Meta<typeof ClusterTable>
 */
export function keystoneStory(options: KeystoneStoryOptions = {}): Pick<Meta, 'beforeEach' | 'decorators'> {
  const decorator: Decorator = (Story, context) => (
    <KeystoneFrame url={context.keystone?.baseUrl ?? REAL_KEYSTONE_URL} mock={context.keystone}>
      <Story />
    </KeystoneFrame>
  )
  return {
    async beforeEach(context) {
      if (REAL_KEYSTONE_URL) {
        // The same seed users exist on a server seeded like the mock (test/live/support/seeder.ts).
        await logOut(REAL_KEYSTONE_URL)
        if (options.user) await logIn(REAL_KEYSTONE_URL, options.user)
        return () => logOut(REAL_KEYSTONE_URL)
      }
      clearSessionCookies()
      const mock = createMockKeystone({ ...options.mock, baseUrl: `${location.origin}/api/` })
      context.msw.use(...mock.handlers)
      if (options.user) await logIn(mock.baseUrl, options.user)
      options.arrange?.(mock)
      // The story's request log starts at its first render, not at the login above.
      mock.requests.length = 0
      context.keystone = mock
      return clearSessionCookies
    },
    decorators: [decorator],
  }
}

/** The story's mock, for play functions. @throws {Error} against a real server, where there is none. */
export function mockOf(context: { keystone?: MockKeystone }): MockKeystone {
  if (!context.keystone) throw new Error('This play function needs the mock Keystone (unset KEYSTONE_URL)')
  return context.keystone
}
