import type { Viewer } from './access.ts'
import { detail, type MockResponse } from './context.ts'
import { serialize } from './serialize.ts'
import type { Store } from './store.ts'

type Plain = Record<string, unknown>

/** How a request was authenticated. */
export interface Identity {
  readonly viewer: Viewer
  /** `session`: CSRF applies to writes; `token`: it does not. */
  readonly via: 'session' | 'token'
}

/** The user a request acts as: `Authorization: Token <key>` first, then the `sessionid` cookie. */
export function identify(store: Store, tokens: ReadonlyMap<string, string>, authorization: string | null, cookies: Plain): Identity | undefined | MockResponse {
  const viewerOf = (username: string | undefined): Viewer | undefined => {
    const row = store.tables.users.find((user) => user.username === username && user.is_active !== false)
    return row ? { id: row.id as number, isStaff: row.is_staff === true } : undefined
  }
  if (authorization) {
    const [scheme, key] = authorization.split(' ')
    if (scheme !== 'Token') return undefined
    const viewer = viewerOf(tokens.get(key ?? ''))
    return viewer ? { viewer, via: 'token' } : detail(401, 'Invalid token.')
  }
  const session = store.sessions.get(String(cookies.sessionid ?? ''))
  // A session of a user deactivated since login no longer authenticates (Django's get_user).
  const row = session && store.find('users', session.user)
  return row && row.is_active !== false ? { viewer: { id: row.id as number, isStaff: row.is_staff === true }, via: 'session' } : undefined
}

/** 403 unless the `X-CSRFToken` header matches the `csrftoken` cookie. */
export function checkCsrf(header: string | null, cookies: Plain): MockResponse | undefined {
  const cookie = cookies.csrftoken
  if (!cookie) return detail(403, 'CSRF Failed: CSRF cookie not set.')
  if (!header) return detail(403, 'CSRF Failed: CSRF token missing.')
  return header === cookie ? undefined : detail(403, "CSRF Failed: CSRF token from the 'X-Csrftoken' HTTP header incorrect.")
}

const COOKIE_FLAGS = 'Path=/; SameSite=Lax'

/** `POST authentication/login/`: the user, plus `sessionid` and `csrftoken` cookies. */
export function login(store: Store, body: unknown): { answer: MockResponse; cookies?: string[] } {
  const { username, password } = (body ?? {}) as Plain
  const errors: Record<string, string[]> = {}
  for (const [field, value] of Object.entries({ username, password })) if (typeof value !== 'string' || !value) errors[field] = ['This field is required.']
  if (Object.keys(errors).length) return { answer: { status: 400, body: errors } }
  const row = store.tables.users.find((user) => user.username === username && user.password === password && user.is_active !== false)
  if (!row) return { answer: { status: 400, body: { non_field_errors: ['Invalid username or password.'] } } }
  const session = store.key('s')
  const csrf = store.key('c').padEnd(32, '0')
  store.sessions.set(session, { user: row.id as number, csrf })
  row.last_login = new Date().toISOString()
  return {
    answer: { status: 200, body: serialize('users', row, store) },
    cookies: [`sessionid=${session}; HttpOnly; Max-Age=1209600; ${COOKIE_FLAGS}`, `csrftoken=${csrf}; Max-Age=31449600; ${COOKIE_FLAGS}`],
  }
}

/** `POST authentication/logout/`: ends the session and expires its cookie. */
export function logout(store: Store, cookies: Plain): { answer: MockResponse; cookies: string[] } {
  store.sessions.delete(String(cookies.sessionid ?? ''))
  return { answer: { status: 200 }, cookies: [`sessionid=""; Max-Age=0; expires=Thu, 01 Jan 1970 00:00:00 GMT; ${COOKIE_FLAGS}`] }
}

/** `GET authentication/whoami/`. */
export function whoami(store: Store, identity: Identity | undefined): MockResponse {
  const row = identity && store.find('users', identity.viewer.id)
  return row ? { status: 200, body: serialize('users', row, store) } : detail(401, 'Authentication credentials were not provided.')
}
