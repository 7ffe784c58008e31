import type { HttpHandler } from 'msw'
import type { RecordOf, ResourceName } from '../client/resources.ts'
import type { NewMockUser } from './arrange.ts'

/** A stored row: the plain fields of a record, without the nested `_` summaries. */
export type Row = Record<string, unknown> & { id: number | string }

/** The mock's tables, one per resource of the client's resource table. */
export type MockTables = { [R in ResourceName]: Row[] }

/** A seeded account: password login, `Authorization: Token` key, staff flag and team roles. */
export interface SeedUser {
  /** Login name. */
  readonly username: string
  /** Password accepted by `authentication/login/`. */
  readonly password: string
  /** Key accepted as `Authorization: Token <token>`. */
  readonly token: string
  /** Staff (and superuser): sees every record and the logs. @default false */
  readonly isStaff?: boolean
  /** Active account: an inactive one cannot log in and its token is refused. @default true */
  readonly isActive?: boolean
  /** First name. @default the username */
  readonly firstName?: string
  /** Last name. @default 'User' */
  readonly lastName?: string
}

/** Options of {@link createMockKeystone}. */
export interface MockKeystoneOptions {
  /** Base URL the handlers answer under. @default 'http://keystone.test/api/' */
  baseUrl?: string
  /** Seed of the generated data: the same seed gives the same records. @default 1 */
  seed?: number
  /** Extra accounts added after the seeded ones (no team). */
  users?: readonly SeedUser[]
  /** Answer 429 with `Retry-After` once a client spent `perMinute` requests in a minute. */
  throttle?: { perMinute: number }
  /** Milliseconds every response waits. @default 0 */
  latency?: number
}

/** One request the mock received, for assertions. */
export interface LoggedRequest {
  /** HTTP method, upper case. */
  readonly method: string
  /** Path relative to the base URL, e.g. `allocations/clusters/1/`. */
  readonly path: string
  /** Query parameters (`_limit`, `_order`, filters...). */
  readonly query: Readonly<Record<string, string>>
  /** Request headers, lower-case names (`x-csrftoken`, `x-keystone-cid`, `authorization`, `cookie`). */
  readonly headers: Readonly<Record<string, string>>
  /** Cookies the mock saw (from the header, or `document.cookie` in a browser). */
  readonly cookies: Readonly<Record<string, string>>
  /** Status answered; `0` for an injected network error. */
  status: number
}

/** A fault to inject: a status (with optional body), a network error, a delay before answering, or a late (stale) answer. */
export type Fault =
  /** Answer with this status instead; `delay` ms first when given (a refusal that arrives late). */
  | { readonly status: number; readonly body?: unknown; readonly headers?: Readonly<Record<string, string>>; readonly delay?: number }
  | { readonly network: true }
  | { readonly delay: number }
  /** Answer at once from the current data, but deliver it `late` ms later: a stale read racing a write. */
  | { readonly late: number }

/** Which requests a fault applies to, and how many times. */
export interface FaultTarget {
  /** Path relative to the base URL (`allocations/clusters/`), or a RegExp tested against it. */
  readonly path: string | RegExp
  /** Only this method (any when omitted). */
  readonly method?: string
  /** Number of matching requests that fail. @default 1 */
  readonly times?: number
}

/** The running mock: MSW handlers plus state, logs and fault injection for tests. */
export interface MockKeystone {
  /** Base URL the handlers answer under, ending with a slash. */
  readonly baseUrl: string
  /** MSW handlers: pass them to `setupServer(...)` or `setupWorker(...)`. */
  readonly handlers: HttpHandler[]
  /** The raw tables (plain fields, no `_` summaries); mutate them to arrange a test. */
  readonly db: MockTables
  /** Records of a resource as the API serializes them (staff view). */
  records<R extends ResourceName>(resource: R): RecordOf<R>[]
  /** Every request received since the last `reset()`, oldest first. */
  readonly requests: LoggedRequest[]
  /** Makes the next matching requests fail with `fault`. */
  fail(target: FaultTarget, fault: Fault): void
  /** Restores the seeded data and clears sessions, logs, faults and throttle counters. */
  reset(): void
  /**
   * Adds an account, in the teams and roles given by team name, and returns its record
   * (staff view). It logs in with its password or `Authorization: Token <token>`.
   * @throws {Error} when the username is taken or a team does not exist.
   * @example
   * mock.addUser({ username: 'heidi', password: 'heidi-password', token: 'heidi-token', teams: { 'Team Alpha': 'AD' } })
   */
  addUser(user: NewMockUser): RecordOf<'users'>
  /**
   * Deactivates (or, with `active: true`, reactivates) a user: an inactive user cannot log in,
   * their sessions and token stop working, and non-staff no longer see them or their memberships.
   * @throws {Error} when there is no such user.
   */
  setUserActive(username: string, active: boolean): void
  /**
   * Deactivates (or reactivates) a team, by name or id: non-staff no longer see it or its
   * memberships, and its owners and admins can no longer edit it.
   * @throws {Error} when there is no such team.
   */
  setTeamActive(team: string | number, active: boolean): void
  /** A copy of the current data (records and id counters), to `restore` later. */
  snapshot(): MockSnapshot
  /** Puts back the data of a snapshot; sessions, faults and the request log are kept. */
  restore(snapshot: MockSnapshot): void
}

/** Saved data of a mock, from `snapshot()`; opaque. */
export interface MockSnapshot {
  /** @internal */
  readonly tables: MockTables
  /** @internal */
  readonly lastIds: ReadonlyMap<ResourceName, number>
}
