import type { Decorator, Meta } from '@storybook/react-vite'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, type Fault, type FaultTarget, type MockKeystone, type MockKeystoneOptions, type SeedUser, MOCK_VERSION, STAFF_USER } from 'keystone-api-react/testing'
import { KeystoneFrame } from './KeystoneFrame.tsx'
import { liveStaff, restoreStoryFixtures } from './liveFixtures.ts'
import type { LiveFault, LiveTraffic, SeenRequest } from './liveTraffic.ts'

declare module 'storybook/internal/csf' {
  interface StoryContext {
    /** The story's mock Keystone, made fresh by `keystoneStory()`; undefined against a real server. */
    keystone?: MockKeystone
    /** Against a real server: what the story's client sent, and the faults in front of the server. */
    live?: LiveTraffic
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
  /** Arranges the mock before render; runs after the login (mock only). */
  arrange?: (mock: MockKeystone) => void
  /**
   * Faults to answer instead of the server, as `mock.fail(target, fault)` does: by the mock, or,
   * against a real server, by the story's client in front of it (the server never sees those requests).
   */
  faults?: [FaultTarget, Fault][]
  /** Faults only against a real server, standing in for what `mock` options arrange (its throttle, say). */
  liveFaults?: [FaultTarget, LiveFault][]
}

const SESSION_COOKIES = ['sessionid', 'csrftoken']

/** The mock mirrors its cookies into `document.cookie`; a story must not inherit the last one's session. */
function clearSessionCookies(): void {
  for (const name of SESSION_COOKIES) document.cookie = `${name}=; Max-Age=0; Path=/`
}

async function logIn(baseUrl: string, user: SeedUser): Promise<void> {
  const client = new KeystoneClient({ url: baseUrl, csrfCookie: 'same-site' })
  try {
    await client.login(user)
  } finally {
    client.close()
  }
}

/** Ends the browser's session on a real server, so a story never inherits the last one's user. */
async function logOut(baseUrl: string): Promise<void> {
  const client = new KeystoneClient({ url: baseUrl, csrfCookie: 'same-site' })
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
    <KeystoneFrame url={context.keystone?.baseUrl ?? REAL_KEYSTONE_URL} traffic={context.keystone ?? context.live} live={context.live}>
      <Story />
    </KeystoneFrame>
  )
  return {
    async beforeEach(context) {
      if (REAL_KEYSTONE_URL) {
        // The same seed users exist on a server seeded like the mock (test/live/support/seeder.ts).
        await logOut(REAL_KEYSTONE_URL)
        await restoreStoryFixtures(REAL_KEYSTONE_URL)
        if (options.user) await logIn(REAL_KEYSTONE_URL, options.user.username === STAFF_USER.username ? liveStaff() : options.user)
        context.live = { requests: [], faults: [...(options.faults ?? []), ...(options.liveFaults ?? [])], latency: options.mock?.latency ?? 0 }
        return () => logOut(REAL_KEYSTONE_URL)
      }
      clearSessionCookies()
      const mock = createMockKeystone({ ...options.mock, baseUrl: `${location.origin}/api/` })
      context.msw.use(...mock.handlers)
      if (options.user) await logIn(mock.baseUrl, options.user)
      for (const [target, fault] of options.faults ?? []) mock.fail(target, fault)
      options.arrange?.(mock)
      // The story's request log starts at its first render, not at the login above.
      mock.requests.length = 0
      context.keystone = mock
      return clearSessionCookies
    },
    decorators: [decorator],
  }
}

/** The requests the story sent and what they were answered, on the mock or on a real server. */
export function requestsOf(context: { keystone?: MockKeystone; live?: LiveTraffic }): SeenRequest[] {
  const requests = context.keystone?.requests ?? context.live?.requests
  if (!requests) throw new Error('requestsOf: the story has no Keystone (use keystoneStory())')
  return requests
}

/** Makes the next request(s) `target` names fail with `fault`, from inside a play function. */
export function failNext(context: { keystone?: MockKeystone; live?: LiveTraffic }, target: FaultTarget, fault: Fault): void {
  if (context.keystone) context.keystone.fail(target, fault)
  else if (context.live) context.live.faults.push([target, fault])
  else throw new Error('failNext: the story has no Keystone (use keystoneStory())')
}

/**
 * Makes the server forget every session while the browser keeps its cookie: the mock restarts;
 * a real server is sent a logout on the browser's session from a client of its own.
 */
export async function endSessions(context: { keystone?: MockKeystone }): Promise<void> {
  if (context.keystone) context.keystone.reset()
  else await logOut(REAL_KEYSTONE_URL)
}

/** Names of the clusters the server holds now (the mock's table, or a staff read of the real server). */
export async function clusterNames(context: { keystone?: MockKeystone }): Promise<string[]> {
  if (context.keystone) return context.keystone.db.clusters.map((row) => String(row.name))
  const client = new KeystoneClient({ url: REAL_KEYSTONE_URL, csrfCookie: 'same-site' })
  try {
    await client.login(liveStaff())
    return (await client.retrieveCluster()).map((row) => row.name)
  } finally {
    client.close()
  }
}

/**
 * The id the server gave the cluster named `name`, read with the page's own session (no login of
 * its own, so the story's session stays as it is). A real server numbers records in the order it
 * made them, so a story finds a record by what it shows, never by the mock's id.
 * @throws {Error} when the server lists no cluster of that name to the page's user.
 */
export async function clusterId(context: { keystone?: MockKeystone }, name: string): Promise<number> {
  const clusters = context.keystone ? context.keystone.db.clusters.map((row) => ({ id: Number(row.id), name: String(row.name) })) : await pageClusters()
  const found = clusters.find((row) => row.name === name)
  if (!found) throw new Error(`clusterId: the server lists no cluster named ${name}`)
  return found.id
}

async function pageClusters(): Promise<{ id: number; name: string }[]> {
  const client = new KeystoneClient({ url: REAL_KEYSTONE_URL, csrfCookie: 'same-site' })
  try {
    return (await client.retrieveCluster()).map((row) => ({ id: row.id, name: row.name }))
  } finally {
    client.close()
  }
}

/** The version the story's server reports: the mock's, or the pinned real server's (`KEYSTONE_VERSION`, default 0.10.9). */
export function serverVersion(): string {
  return REAL_KEYSTONE_URL ? (import.meta.env.STORYBOOK_KEYSTONE_VERSION || '0.10.9') : MOCK_VERSION
}

/** The health line the story's server should produce: the mock passes; a real server says for itself. */
export async function expectedHealth(): Promise<string> {
  if (!REAL_KEYSTONE_URL) return 'Health: all checks pass'
  const client = new KeystoneClient({ url: REAL_KEYSTONE_URL, csrfCookie: 'same-site' })
  try {
    return (await client.getHealth()) ? 'Health: all checks pass' : 'Health: failing'
  } finally {
    client.close()
  }
}

/** The story's mock, for play functions. @throws {Error} against a real server, where there is none. */
export function mockOf(context: { keystone?: MockKeystone }): MockKeystone {
  if (!context.keystone) throw new Error('This play function needs the mock Keystone (unset KEYSTONE_URL)')
  return context.keystone
}
