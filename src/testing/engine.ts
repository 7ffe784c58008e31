import { endpoints } from '../client/resources.ts'
import { checkCsrf, identify, type Identity, login, logout, whoami } from './auth.ts'
import { runBatch } from './batch.ts'
import { detail, type MockResponse, type RouteContext } from './context.ts'
import type { Faults } from './faults.ts'
import type { Throttle } from './throttle.ts'
import { readBody, type ParsedBody } from './http.ts'
import { health, version } from './misc.ts'
import { knownPath, routeApi } from './router.ts'
import type { Store } from './store.ts'

/** State shared by the handlers of one mock. */
export interface Engine {
  readonly store: Store
  /** Token key -> username. */
  readonly tokens: ReadonlyMap<string, string>
  readonly faults: Faults
  readonly throttle: Throttle
}

/** What the engine needs from one HTTP request. */
export interface Incoming {
  readonly request: Request
  readonly url: URL
  readonly path: string
  readonly cookies: Record<string, string>
}

/** An answer plus the cookies it sets. */
export interface Outcome {
  readonly answer: MockResponse
  readonly cookies?: string[]
}

const PUBLIC: Record<string, () => MockResponse> = {
  [endpoints.health]: () => health('plain'),
  [endpoints.healthJson]: () => health('json'),
  [endpoints.healthProm]: () => health('prom'),
  [endpoints.version]: () => version(),
}
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const ENDPOINT_PATHS: ReadonlySet<string> = new Set(Object.values(endpoints))

/** Django's own 404 page (HTML, not JSON) for a path no view answers. */
function notFoundPage(): MockResponse {
  const text = '<!doctype html>\n<html lang="en">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n'
  return { status: 404, text, headers: { 'Content-Type': 'text/html; charset=utf-8' } }
}

/** Django's APPEND_SLASH: any method on a known path without its slash is redirected; anything else is Django's 404 page. */
function slashless(incoming: Incoming): MockResponse | undefined {
  const { path, url } = incoming
  if (path.endsWith('/') || path === '') return undefined
  const target = `${path}/`
  // Django's CommonMiddleware redirects every method, writes too (the client then loses the body).
  if (knownPath(target) || PUBLIC[target] || ENDPOINT_PATHS.has(target)) {
    return { status: 301, headers: { Location: `${url.origin}${url.pathname}/${url.search}` } }
  }
  return notFoundPage()
}

/** Login, logout and whoami. */
function authRoute(engine: Engine, incoming: Incoming, identity: Identity | undefined, parsed: ParsedBody): Outcome | undefined {
  const { path, request, cookies } = incoming
  const only = (method: string, run: () => Outcome): Outcome => (request.method === method ? run() : { answer: detail(405, `Method "${request.method}" not allowed.`) })
  if (path === endpoints.login) return only('POST', () => login(engine.store, parsed.body))
  if (path === endpoints.whoami) return only('GET', () => ({ answer: whoami(engine.store, identity) }))
  if (path !== endpoints.logout) return undefined
  return only('POST', () => {
    if (!identity) return { answer: detail(401, 'Authentication credentials were not provided.') }
    const csrf = identity.via === 'session' ? checkCsrf(request.headers.get('x-csrftoken'), cookies) : undefined
    return csrf ? { answer: csrf } : logout(engine.store, cookies)
  })
}

/** Answers one request of the API, after faults and latency. */
export async function answer(engine: Engine, incoming: Incoming): Promise<Outcome> {
  const { request, path, cookies, url } = incoming
  const redirect = slashless(incoming)
  if (redirect) return { answer: redirect }
  const identified = identify(engine.store, engine.tokens, request.headers.get('authorization'), cookies)
  if (identified && 'status' in identified) return { answer: identified }
  const identity = identified as Identity | undefined
  const wait = engine.throttle.check(identity ? `user:${identity.viewer.id}` : 'anon')
  if (wait !== undefined) return { answer: { status: 429, body: { detail: `Request was throttled. Expected available in ${wait} seconds.` }, headers: { 'Retry-After': String(wait) } } }
  if (PUBLIC[path]) return { answer: SAFE.has(request.method) ? PUBLIC[path]() : detail(405, `Method "${request.method}" not allowed.`) }
  const parsed = await readBody(request)
  if ('status' in parsed) return { answer: parsed }
  const auth = authRoute(engine, incoming, identity, parsed)
  if (auth) return auth
  // Django resolves the URL before authenticating: an unknown path is 404 for everyone.
  if (path !== endpoints.batch && !knownPath(path)) return { answer: notFoundPage() }
  if (!identity) return { answer: { ...detail(401, 'Authentication credentials were not provided.'), headers: { 'WWW-Authenticate': 'Token' } } }
  if (identity.via === 'session' && !SAFE.has(request.method)) {
    const csrf = checkCsrf(request.headers.get('x-csrftoken'), cookies)
    if (csrf) return { answer: csrf }
  }
  const query = Object.fromEntries(url.searchParams)
  const ctx: RouteContext = { store: engine.store, method: request.method, path, url, query, body: parsed.body, viewer: identity.viewer, cid: request.headers.get('x-keystone-cid') ?? crypto.randomUUID(), files: parsed.files }
  if (path === endpoints.batch) return { answer: request.method === 'POST' ? runBatch(ctx) : detail(405, `Method "${request.method}" not allowed.`) }
  return { answer: routeApi(ctx) }
}
