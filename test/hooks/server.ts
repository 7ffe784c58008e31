// Minimal in-memory Keystone for the hook tests (clusters, attachments, auth, batch, misc).
// The full mock in src/testing can replace it once its API is stable.
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'

export const API = 'http://keystone.test/api/'

export interface User {
  id: number
  username: string
}
export interface Cluster {
  id: number
  name: string
  enabled: boolean
  owner: number
}

export const ADA: User = { id: 1, username: 'ada' }
export const BOB: User = { id: 2, username: 'bob' }

export interface ServerState {
  clusters: Cluster[]
  sessions: Map<string, User>
  /** Every request received: method and path with query. */
  requests: { method: string; url: URL }[]
  /** Status every write answers with (e.g. 403) instead of succeeding. */
  refuseWrites?: number
  /** Status every read of a resource answers with. */
  failReads?: number
  nextId: number
  /** Milliseconds every write waits before answering. */
  writeDelay?: number
}

function seed(): ServerState {
  const clusters = Array.from({ length: 30 }, (_, index) => ({
    id: index + 1,
    name: index < 25 ? `ada-cluster-${index + 1}` : `bob-cluster-${index + 1}`,
    enabled: true,
    owner: index < 25 ? 1 : 2,
  }))
  return { clusters, sessions: new Map(), requests: [], nextId: 31 }
}

export const state: { current: ServerState } = { current: seed() }
export const resetState = (): void => {
  state.current = seed()
}

function userOf(request: Request): User | undefined {
  const token = /^Token (\w+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
  if (token) return [ADA, BOB].find((user) => user.username === token)
  const cookie = request.headers.get('cookie') ?? ''
  const session = /sessionid=(\w+)/.exec(cookie)?.[1]
  return session ? state.current.sessions.get(session) : undefined
}

const json = (body: JsonBodyType, status = 200): Response => HttpResponse.json(body, { status })
const unauthorized = (): Response => json({ detail: 'Authentication credentials were not provided.' }, 401)

function visible(user: User): Cluster[] {
  return state.current.clusters.filter((cluster) => cluster.owner === user.id)
}

function listClusters(request: Request, user: User): Response {
  const url = new URL(request.url)
  let rows = visible(user)
  const ids = url.searchParams.get('id__in')
  if (ids) rows = rows.filter((row) => ids.split(',').includes(String(row.id)))
  const search = url.searchParams.get('_search')
  if (search) rows = rows.filter((row) => row.name.includes(search))
  const limit = Number(url.searchParams.get('_limit') ?? 100)
  const offset = Number(url.searchParams.get('_offset') ?? 0)
  const page = rows.slice(offset, offset + limit)
  const next = offset + limit < rows.length ? `${API}allocations/clusters/?_limit=${limit}&_offset=${offset + limit}` : null
  return json({ count: rows.length, next, previous: null, results: page } as unknown as JsonBodyType)
}

type Handler = (request: Request, user: User, id: number) => Promise<Response> | Response

/** Wraps a handler: records the request, checks the session, applies configured failures. */
function route(handler: Handler, write = false) {
  return async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    state.current.requests.push({ method: request.method, url: new URL(request.url) })
    const user = userOf(request)
    if (!user) return unauthorized()
    if (write && state.current.writeDelay) await new Promise((resolve) => setTimeout(resolve, state.current.writeDelay))
    if (write && state.current.refuseWrites) return json({ name: ['Refused.'] }, state.current.refuseWrites)
    if (!write && state.current.failReads) return json({ detail: 'Server error' }, state.current.failReads)
    return handler(request, user, Number(params.id))
  }
}

const findCluster = (user: User, id: number): Cluster | undefined => visible(user).find((row) => row.id === id)

async function writeCluster(request: Request, user: User, id: number): Promise<Response> {
  const cluster = findCluster(user, id)
  if (!cluster) return json({ detail: 'No Cluster matches the given query.' }, 404)
  Object.assign(cluster, (await request.json()) as Partial<Cluster>)
  return json({ ...cluster })
}

export const handlers = [
  http.post(`${API}authentication/login/`, async ({ request }) => {
    const { username } = (await request.json()) as { username: string }
    const user = [ADA, BOB].find((candidate) => candidate.username === username)
    if (!user) return json({ non_field_errors: ['Invalid credentials.'] }, 400)
    const session = `s${Math.random().toString(36).slice(2)}`
    state.current.sessions.set(session, user)
    return new HttpResponse(JSON.stringify(user), {
      headers: [
        ['content-type', 'application/json'],
        ['set-cookie', `sessionid=${session}; Path=/; HttpOnly`],
        ['set-cookie', 'csrftoken=token123; Path=/'],
      ],
    })
  }),
  http.post(`${API}authentication/logout/`, ({ request }) => {
    const session = /sessionid=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1]
    if (session) state.current.sessions.delete(session)
    return json({})
  }),
  http.get(`${API}authentication/whoami/`, ({ request }) => {
    const user = userOf(request)
    return user ? json({ ...user }) : unauthorized()
  }),
  http.get(`${API}allocations/clusters/`, route(listClusters)),
  http.get(`${API}allocations/clusters/:id/`, route((_request, user, id) => {
    const cluster = findCluster(user, id)
    return cluster ? json({ ...cluster }) : json({ detail: 'Not found.' }, 404)
  })),
  http.post(`${API}allocations/clusters/`, route(async (request, user) => {
    const body = (await request.json()) as Partial<Cluster>
    if (!body.name) return json({ name: ['This field is required.'] }, 400)
    const cluster = { enabled: true, ...body, id: state.current.nextId++, owner: user.id } as Cluster
    state.current.clusters.push(cluster)
    return json({ ...cluster }, 201)
  }, true)),
  http.patch(`${API}allocations/clusters/:id/`, route(writeCluster, true)),
  http.put(`${API}allocations/clusters/:id/`, route(writeCluster, true)),
  http.delete(`${API}allocations/clusters/:id/`, route((_request, user, id) => {
    if (!findCluster(user, id)) return json({ detail: 'Not found.' }, 404)
    state.current.clusters = state.current.clusters.filter((row) => row.id !== id)
    return new HttpResponse(null, { status: 204 })
  }, true)),
  http.post(`${API}allocations/attachments/`, route(async (request) => {
    const form = await request.formData()
    const file = form.get('file') as File
    return json({ id: 7, name: form.get('name'), file: `/media/${file.name}`, request: Number(form.get('request')) }, 201)
  }, true)),
  http.get(`${API}allocations/cluster-choices/access-mode/`, route(() => json({ WL: 'Whitelist', BL: 'Blacklist', OP: 'Open' }))),
  http.get(`${API}stats/grants/`, route((request) => json({ count: new URL(request.url).searchParams.get('active') ? 2 : 5 }))),
  http.post(`${API}batch/`, route(async (request) => {
    const { job } = (await request.json()) as { job: { dry_run: boolean; actions: { ref?: string; method: string; path: string }[] } }
    if (!job.dry_run) state.current.clusters.push({ id: state.current.nextId++, name: 'batch-cluster', enabled: true, owner: 1 })
    return json({ results: job.actions.map((action, index) => ({ ref: action.ref ?? null, index: index + 1, method: action.method, path: action.path, status: 201, body: {} })) })
  }, true)),
  http.get(`${API}version/`, () => HttpResponse.text('1.2.3')),
  http.get(`${API}health/`, () => HttpResponse.text('ok')),
  http.get(`${API}config/`, route(() => json({ upload_limit: 10 }))),
]

export const server = setupServer(...handlers)

/** Requests the server received for a path (no query), by method. */
export function received(method: string, path: string): URL[] {
  return state.current.requests.filter((request) => request.method === method && request.url.pathname === `/api/${path}`).map((request) => request.url)
}
