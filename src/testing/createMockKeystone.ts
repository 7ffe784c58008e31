import type { RecordOf, ResourceName } from '../client/resources.ts'
import { SEED_USERS } from './credentials.ts'
import type { Engine } from './engine.ts'
import { Faults } from './faults.ts'
import { mockHandler } from './mockHandler.ts'
import { serialize } from './serialize.ts'
import { Store } from './store.ts'
import { Throttle } from './throttle.ts'
import type { LoggedRequest, MockKeystone, MockKeystoneOptions, Row } from './types.ts'
import { addUser, teamRow, userRowOf } from './arrange.ts'

/** Default base URL of the mock. */
export const DEFAULT_BASE_URL = 'http://keystone.test/api/'

/**
 * An in-memory Keystone API as MSW handlers: sessions with CSRF, tokens, team visibility,
 * lists with filters, validation, batch jobs, stats and fault injection, over seeded data.
 * Log in as `STAFF_USER` (`admin` / `admin-password`) or the team users of `SEED_USERS`.
 *
 * In a browser (`setupWorker`), a mocked `Set-Cookie` never reaches the page, so the mock also
 * writes `sessionid` and `csrftoken` to `document.cookie` (without HttpOnly); give it a
 * same-origin `baseUrl` (`${location.origin}/api/`) so the client can read `csrftoken`.
 *
 * @example
 * const mock = createMockKeystone()
 * const server = setupServer(...mock.handlers)
 * server.listen()
 * const client = new KeystoneClient({ url: mock.baseUrl, cookies: 'jar' })
 * await client.login({ username: 'alice', password: 'alice-password' })
 */
export function createMockKeystone(options: MockKeystoneOptions = {}): MockKeystone {
  const baseUrl = new URL(options.baseUrl ?? DEFAULT_BASE_URL).href.replace(/\/?$/, '/')
  const users = options.users ?? []
  const store = new Store(options.seed ?? 1, users)
  const tokens = new Map([...SEED_USERS, ...users].map((user) => [user.token, user.username]))
  const view = <R extends ResourceName>(resource: R, row: Row): RecordOf<R> => serialize(resource, row, store) as RecordOf<R>
  const engine: Engine = { store, tokens, faults: new Faults(), throttle: new Throttle(options.throttle?.perMinute) }
  const requests: LoggedRequest[] = []
  return {
    baseUrl,
    handlers: [mockHandler(engine, baseUrl, requests, options.latency)],
    get db() {
      return store.tables
    },
    records<R extends ResourceName>(resource: R): RecordOf<R>[] {
      return store.tables[resource].map((row) => view(resource, row))
    },
    addUser: (user) => view('users', addUser(store, tokens, user)),
    setUserActive(username, active) {
      userRowOf(store, username).is_active = active
    },
    setTeamActive(team, active) {
      teamRow(store, team).is_active = active
    },
    snapshot: () => store.snapshot(),
    restore: (snapshot) => store.restore(snapshot),
    requests,
    fail: (target, fault) => engine.faults.add(target, fault),
    reset() {
      store.reset()
      engine.faults.clear()
      engine.throttle.clear()
      requests.length = 0
    },
  }
}
