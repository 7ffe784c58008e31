import { choices, endpoints, resources, stats } from 'keystone-api-react/client'
import { type Case, createBody, detailPath, must, pdf, ROLES, send } from './cases.ts'
import type { Answer } from './session.ts'
import type { Side } from './sides.ts'

type Plain = Record<string, unknown>
const CLUSTERS = resources.clusters.path
const ALPHA_REQUEST = 'Climate modelling Alpha 1'

/** A case run as staff with a fresh tag per side. */
const staffCase = (area: string, name: string, run: (side: Side) => Promise<Answer>, read?: Case['read']): Case => ({ area, name, run, read })

/** Counts and totals of a stats answer, by key; averages of days depend on when the server stored each record. */
function countsOf(answer: Answer): unknown {
  if (answer.status !== 200) return undefined
  return Object.entries(answer.body as Plain).filter(([key]) => !key.includes('average')).sort(([a], [b]) => a.localeCompare(b))
}

function authCases(): Case[] {
  const login = (body: unknown) => async (side: Side) => side.fresh().send('POST', endpoints.login, { body })
  return [
    staffCase('auth', 'auth: login with a wrong password', login({ username: 'alice', password: 'nope' })),
    staffCase('auth', 'auth: login without a password', login({ username: 'alice' })),
    staffCase('auth', 'auth: login with an empty body', login({})),
    staffCase('auth', 'auth: login of an inactive user (grace)', login({ username: 'grace', password: 'grace-password' })),
    staffCase('auth', 'auth: login as alice sets sessionid and csrftoken', async (side) => {
      const session = side.fresh()
      const answer = await session.login('alice', 'alice-password')
      return { ...answer, body: { user: answer.body, cookies: [session.cookie('sessionid') ? 'sessionid' : '', session.cookie('csrftoken') ? 'csrftoken' : ''] } }
    }, { derive: (answer) => (answer.body as Plain).cookies }),
    staffCase('auth', 'auth: GET on login', async (side) => side.fresh().send('GET', endpoints.login)),
    staffCase('auth', 'auth: whoami anonymous', async (side) => side.fresh().send('GET', endpoints.whoami)),
    staffCase('auth', 'auth: POST on whoami', async (side) => side.send('alice', 'POST', endpoints.whoami)),
    staffCase('auth', 'auth: logout anonymous', async (side) => side.fresh().send('POST', endpoints.logout)),
    staffCase('auth', 'auth: logout, then whoami', async (side) => {
      const session = side.fresh()
      await session.login('dave', 'dave-password')
      const out = await session.send('POST', endpoints.logout)
      const after = await session.send('GET', endpoints.whoami)
      return { ...out, body: { logout: out.status, whoami: after.status } }
    }, { derive: (answer) => answer.body }),
    staffCase('auth', 'auth: logout without the CSRF header', async (side) => {
      const session = side.fresh()
      await session.login('dave', 'dave-password')
      return session.send('POST', endpoints.logout, { csrf: 'none' })
    }),
    ...ROLES.flatMap((as) => [
      { area: 'auth', name: `auth: whoami as ${as}`, run: (side: Side) => send(side, as, 'GET', endpoints.whoami) },
      { area: 'misc', name: `misc: GET config as ${as}`, run: (side: Side) => send(side, as, 'GET', endpoints.config), read: { statusOnly: true, derive: (answer: Answer) => Object.keys((answer.body ?? {}) as Plain).sort() } },
      { area: 'misc', name: `misc: GET version as ${as}`, run: (side: Side) => send(side, as, 'GET', endpoints.version), read: { statusOnly: true } },
      { area: 'misc', name: `misc: GET health/json as ${as}`, run: (side: Side) => send(side, as, 'GET', endpoints.healthJson), read: { statusOnly: true } },
      ...Object.values(choices).map((path) => ({ area: 'choices', name: `choices: GET ${path} as ${as}`, run: (side: Side) => send(side, as, 'GET', path), read: { derive: (answer: Answer) => answer.body } })),
      ...Object.values(stats).map((path) => ({ area: 'stats', name: `stats: GET ${path} as ${as}`, run: (side: Side) => send(side, as, 'GET', path), read: { derive: countsOf } })),
    ]),
  ]
}

function csrfCases(): Case[] {
  const write = (csrf: 'none' | 'wrong') => async (side: Side) => {
    const session = side.fresh()
    await session.login('dave', 'dave-password')
    return session.send('PATCH', detailPath('users', side.id('users', 'dave')), { body: { department: 'CSRF' }, csrf })
  }
  return [
    staffCase('csrf', 'csrf: session PATCH without X-CSRFToken', write('none')),
    staffCase('csrf', 'csrf: session PATCH with a wrong X-CSRFToken', write('wrong')),
    staffCase('csrf', 'csrf: session GET without X-CSRFToken', async (side) => {
      const session = side.fresh()
      await session.login('dave', 'dave-password')
      return session.send('GET', detailPath('users', side.id('users', 'dave')), { csrf: 'none' })
    }, { statusOnly: true }),
  ]
}

function misc(): Case[] {
  return [
    staffCase('misc', 'misc: list path without its trailing slash (GET)', (side) => send(side, 'admin', 'GET', CLUSTERS.slice(0, -1)), { statusOnly: true }),
    staffCase('misc', 'misc: list path without its trailing slash (POST)', (side) => send(side, 'admin', 'POST', CLUSTERS.slice(0, -1), { body: {} }), { statusOnly: true }),
    staffCase('misc', 'misc: unknown path', (side) => send(side, 'admin', 'GET', 'nothing/here/')),
    staffCase('misc', 'misc: unknown path anonymous', (side) => send(side, 'anon', 'GET', 'nothing/here/')),
    staffCase('misc', 'misc: DELETE on a list path', (side) => send(side, 'admin', 'DELETE', CLUSTERS)),
    staffCase('misc', 'misc: PUT on a choices path', (side) => send(side, 'admin', 'PUT', choices.ClusterAccessMode, { body: {} })),
    staffCase('misc', 'misc: detail with a non-numeric id', (side) => send(side, 'admin', 'GET', `${CLUSTERS}abc/`)),
    staffCase('misc', 'misc: detail of a missing record', (side) => send(side, 'admin', 'GET', `${CLUSTERS}99999/`)),
    staffCase('misc', 'misc: an empty JSON body', (side) => send(side, 'admin', 'POST', CLUSTERS, { body: undefined, headers: { 'Content-Type': 'application/json' } })),
  ]
}

function listCases(): Case[] {
  const list = (area: string, resource: keyof typeof resources, query: Record<string, string> | ((side: Side) => Record<string, string>), as = 'admin'): Case => ({
    area: 'lists',
    name: `lists: ${area} ${resource} ${typeof query === 'function' ? '(ids)' : new URLSearchParams(query).toString()} as ${as}`,
    run: (side) => send(side, as, 'GET', resources[resource].path, { query: typeof query === 'function' ? query(side) : query }),
    read: { resource, ordered: typeof query !== 'function' && '_order' in query },
  })
  return [
    list('order', 'requests', { _order: 'title' }),
    list('order', 'requests', { _order: '-title' }),
    list('order', 'clusters', { _order: 'access_mode,name' }),
    list('order', 'users', { _order: '-username' }),
    list('order', 'grants', { _order: 'amount' }),
    list('order', 'requests', { _order: 'nonexistent' }),
    list('search', 'requests', { _search: 'alpha' }),
    list('search', 'requests', { _search: 'ALPHA 2' }),
    list('search', 'users', { _search: 'an' }),
    list('search', 'clusters', { _search: 'gpu' }),
    list('search', 'comments', { _search: 'internal' }, 'alice'),
    list('search', 'memberships', { _search: 'beta' }, 'dave'),
    list('filter', 'requests', { status: 'AP' }),
    list('filter', 'requests', { status__in: 'AP,PD' }),
    list('filter', 'requests', { title__startswith: 'G' }),
    list('filter', 'requests', { title__icontains: 'alpha' }),
    list('filter', 'requests', { title__contains: 'Alpha' }),
    list('filter', 'requests', { active__isnull: 'true' }),
    list('filter', 'clusters', { access_mode: 'WL' }),
    list('filter', 'clusters', { enabled: 'false' }),
    list('filter', 'clusters', { enabled: 'maybe' }),
    list('filter', 'clusters', { name__not_eq: 'alpine' }),
    list('filter', 'users', { is_active: 'false' }),
    list('filter', 'users', { is_active: 'false' }, 'alice'),
    list('filter', 'grants', { amount__gte: '100000' }),
    list('filter', 'grants', { amount__lt: 'abc' }),
    list('filter', 'grants', { start_date__year: '2025' }),
    list('filter', 'teams', { is_active: 'true' }),
    list('filter', 'memberships', { role: 'MB' }),
    list('filter', 'comments', { private: 'true' }),
    list('filter (unknown field)', 'requests', { colour: 'blue' }),
    list('filter', 'requests', (side) => ({ id__in: [side.id('requests', ALPHA_REQUEST), side.id('requests', 'Genomics Beta 3')].join(',') })),
    list('filter', 'requests', (side) => ({ team: String(side.id('teams', 'Team Beta')) })),
    list('filter', 'requests', (side) => ({ team: String(side.id('teams', 'Team Beta')) }), 'alice'),
    list('filter', 'requests', { id: 'abc' }),
    list('page', 'requests', { _order: 'title', _limit: '2' }),
    list('page', 'requests', { _order: 'title', _limit: '2', _offset: '4' }),
    list('page', 'requests', { _order: 'title', _offset: '100' }),
    list('page', 'requests', { _limit: '0' }),
    list('page', 'requests', { _limit: '-1' }),
    list('page', 'requests', { _limit: 'abc' }),
    list('page', 'requests', { _limit: '5000' }),
  ]
}

function validationCases(): Case[] {
  const post = (resource: keyof typeof resources, body: unknown, label: string): Case =>
    staffCase('validation', `validation: ${resource} ${label}`, (side) => send(side, 'admin', 'POST', resources[resource].path, { body }))
  const crud = (Object.keys(resources) as (keyof typeof resources)[]).filter((name) => resources[name].ops === 'crud')
  return [
    ...crud.map((resource) => post(resource, {}, 'empty body')),
    post('clusters', { name: 'x'.repeat(51) }, 'name too long'),
    post('clusters', { name: 'bad-mode', access_mode: 'XX' }, 'unknown access mode'),
    post('clusters', { name: 'bad-teams', access_teams: [99999] }, 'missing access team'),
    post('clusters', { name: 'bad-enabled', enabled: 'perhaps' }, 'bad boolean'),
    post('clusters', [], 'a list body'),
    post('grants', { title: 'g', agency: 'a', amount: 'lots', start_date: '2026-01-01', team: 1 }, 'bad amount'),
    post('grants', { title: 'g', agency: 'a', amount: '1.234', start_date: '2026-01-01', team: 1 }, 'amount with three decimals'),
    post('grants', { title: 'g', agency: 'a', amount: '1', start_date: '01/02/2026', team: 1 }, 'bad date'),
    post('grants', { title: 'g', agency: 'a', amount: '1', start_date: '2026-01-01', end_date: '2025-01-01', team: 1 }, 'end before start'),
    post('requests', { title: '', description: 'd', submitter: 1, team: 1 }, 'blank title'),
    post('requests', { title: 't', description: 'd', submitter: 1, team: 1, active: '2026-05-01', expire: '2026-01-01' }, 'expire before active'),
    post('users', { username: 'bad name!', password: 'Correct-Horse-42' }, 'bad username'),
    post('users', { username: 'shortpw', password: 'abc' }, 'short password'),
    post('users', { username: 'numericpw', password: '1234567890123' }, 'numeric password'),
    post('users', { username: 'bademail', password: 'Correct-Horse-42', email: 'not-an-email' }, 'bad email'),
    post('memberships', { team: 1, user: 1, role: 'XX' }, 'bad role'),
    post('reviews', { status: 'PD', request: 1 }, 'pending status'),
    post('comments', { content: '', request: 1 }, 'blank content'),
    post('teams', { name: '' }, 'blank name'),
    staffCase('validation', 'validation: teams non-staff creates an inactive team', (side) => send(side, 'alice', 'POST', resources.teams.path, { body: { name: 'Inactive by alice', is_active: false } })),
    staffCase('validation', 'validation: users non-staff sets is_staff on self', async (side) => {
      const answer = await send(side, 'dave', 'PATCH', detailPath('users', side.id('users', 'dave')), { body: { is_staff: true } })
      return { ...answer, body: { ...(answer.body as Plain), staffAfter: (answer.body as Plain).is_staff } }
    }, { derive: (answer) => (answer.body as Plain).staffAfter }),
  ]
}

function uniquenessCases(): Case[] {
  const twice = (resource: keyof typeof resources, label: string, body: (side: Side) => Promise<unknown> | unknown): Case =>
    staffCase('uniqueness', `uniqueness: ${resource} ${label}`, async (side) => {
      await must(send(side, 'admin', 'POST', resources[resource].path, { body: await body(side) }), `first ${resource}`)
      return send(side, 'admin', 'POST', resources[resource].path, { body: await body(side) })
    })
  return [
    twice('clusters', 'two clusters with one name', () => ({ name: 'twin-cluster' })),
    twice('teams', 'two teams with one name', () => ({ name: 'Twin Team' })),
    twice('teams', 'two teams with one slug', () => ({ name: 'Twin Team!' })),
    staffCase('uniqueness', 'uniqueness: users a taken username', (side) => send(side, 'admin', 'POST', resources.users.path, { body: { username: 'alice', password: 'Correct-Horse-42' } })),
    staffCase('uniqueness', 'uniqueness: memberships the same user twice in a team', (side) => send(side, 'admin', 'POST', resources.memberships.path, { body: { team: side.id('teams', 'Team Alpha'), user: side.id('users', 'alice'), role: 'MB' } })),
    twice('publications', 'two publications with one DOI', (side) => ({ title: `DOI twin ${Math.random()}`, doi: '10.9999/twin', team: side.id('teams', 'Team Alpha') })),
    staffCase('uniqueness', 'uniqueness: preferences a second record for one user', (side) => send(side, 'admin', 'POST', resources.preferences.path, { body: { user: side.id('users', 'alice') } })),
  ]
}

function historyCases(): Case[] {
  return [
    staffCase('history', 'history: a new user\'s _history hides the password', async (side) => {
      const user = await must(send(side, 'admin', 'POST', resources.users.path, { body: { username: 'history-user', password: 'Secret-Horse-42' } }), 'user')
      return send(side, 'admin', 'GET', detailPath('users', Number(user.id)))
    }, {
      derive: (answer) => {
        const history = ((answer.body as Plain)._history ?? []) as { changes?: Plain }[]
        const text = JSON.stringify(history)
        return { entries: history.length > 0, plaintext: text.includes('Secret-Horse-42'), passwordChanged: history.some((entry) => entry.changes && 'password' in entry.changes) }
      },
    }),
    staffCase('history', 'history: an update adds an entry', async (side) => {
      const cluster = await must(send(side, 'admin', 'POST', CLUSTERS, { body: { name: 'history-cluster' } }), 'cluster')
      await must(send(side, 'admin', 'PATCH', detailPath('clusters', Number(cluster.id)), { body: { description: 'changed' } }), 'patch')
      return send(side, 'admin', 'GET', detailPath('clusters', Number(cluster.id)))
    }, { derive: (answer) => (((answer.body as Plain)._history ?? []) as Plain[]).map((entry) => entry.action) }),
    staffCase('history', 'ids: a deleted id is never given again', async (side) => {
      const first = await must(send(side, 'admin', 'POST', CLUSTERS, { body: { name: 'id-reuse-1' } }), 'cluster')
      await send(side, 'admin', 'DELETE', detailPath('clusters', Number(first.id)))
      const second = await must(send(side, 'admin', 'POST', CLUSTERS, { body: { name: 'id-reuse-2' } }), 'cluster')
      return { status: 200, headers: new Headers(), body: { reused: second.id === first.id, after: Number(second.id) > Number(first.id) } }
    }, { derive: (answer) => answer.body }),
  ]
}

function batchCases(): Case[] {
  const batch = (name: string, job: unknown | ((side: Side) => unknown), read?: Case['read']): Case =>
    staffCase('batch', `batch: ${name}`, (side) => send(side, 'admin', 'POST', endpoints.batch, { body: { job: typeof job === 'function' ? job(side) : job } }), read)
  const steps = (answer: Answer): unknown => {
    const body = answer.body as Plain
    return Array.isArray(body?.results) ? (body.results as Plain[]).map((step) => [step.ref, step.index, step.method, step.status]) : { step: body?.step, status: body?.status, keys: Object.keys(body ?? {}).sort() }
  }
  return [
    batch('two steps, the second uses the first by ref', {
      actions: [
        { ref: 'team', method: 'POST', path: '/users/teams/', payload: { name: 'Batch Team' } },
        { ref: 'cluster', method: 'POST', path: '/allocations/clusters/', payload: { name: 'batch-cluster', access_mode: 'WL', access_teams: ['@ref{team.id}'] } },
      ],
    }, { derive: steps }),
    staffCase('batch', 'batch: a dry run keeps nothing', async (side) => {
      const answer = await send(side, 'admin', 'POST', endpoints.batch, { body: { job: { dry_run: true, actions: [{ ref: 'c', method: 'POST', path: '/allocations/clusters/', payload: { name: 'dry-cluster' } }] } } })
      const after = await send(side, 'admin', 'GET', CLUSTERS, { query: { name: 'dry-cluster' } })
      return { ...answer, body: { ...(answer.body as Plain), kept: (after.body as Plain).count } }
    }, { derive: (answer) => [steps(answer), (answer.body as Plain).kept] }),
    staffCase('batch', 'batch: a failing step rolls everything back', async (side) => {
      const answer = await send(side, 'admin', 'POST', endpoints.batch, { body: { job: { actions: [{ method: 'POST', path: '/allocations/clusters/', payload: { name: 'rolled-back' } }, { method: 'POST', path: '/allocations/clusters/', payload: {} }] } } })
      const after = await send(side, 'admin', 'GET', CLUSTERS, { query: { name: 'rolled-back' } })
      return { ...answer, body: { ...(answer.body as Plain), kept: (after.body as Plain).count } }
    }, { derive: (answer) => [steps(answer), (answer.body as Plain).kept] }),
    batch('duplicate refs', { actions: [{ ref: 'a', method: 'GET', path: '/allocations/clusters/' }, { ref: 'a', method: 'GET', path: '/allocations/clusters/' }] }),
    batch('an invalid method', { actions: [{ method: 'HEAD', path: '/allocations/clusters/' }] }),
    batch('no actions', { actions: [] }),
    batch('no job', undefined),
    batch('a bad ref alias', { actions: [{ ref: 'a-b', method: 'GET', path: '/allocations/clusters/' }] }),
    batch('an unknown ref', { actions: [{ method: 'GET', path: '/allocations/clusters/@ref{nope.id}/' }] }),
    batch('a step on config', { actions: [{ ref: 'cfg', method: 'GET', path: '/config/' }] }, { derive: steps }),
    batch('a step on a choices path', { actions: [{ method: 'GET', path: '/allocations/cluster-choices/access-mode/' }] }, { derive: steps }),
    batch('a step on whoami', { actions: [{ method: 'GET', path: '/authentication/whoami/' }] }, { derive: steps }),
    batch('a step on an unknown path', { actions: [{ method: 'GET', path: '/nothing/' }] }, { derive: steps }),
    batch('a step with query params', { actions: [{ method: 'GET', path: '/allocations/clusters/', query_params: { name: 'alpine' } }] }, { derive: (answer) => ((answer.body as Plain).results as Plain[] | undefined)?.map((step) => (step.body as Plain).count) }),
    staffCase('batch', 'batch: as a member, a step they may not do', (side) => send(side, 'dave', 'POST', endpoints.batch, { body: { job: { actions: [{ method: 'POST', path: '/allocations/clusters/', payload: { name: 'by-dave' } }] } } }), { derive: steps }),
    staffCase('batch', 'batch: anonymous', (side) => send(side, 'anon', 'POST', endpoints.batch, { body: { job: { actions: [{ method: 'GET', path: '/allocations/clusters/' }] } } })),
    staffCase('batch', 'batch: GET on batch', (side) => send(side, 'admin', 'GET', endpoints.batch)),
  ]
}

function uploadCases(): Case[] {
  const upload = (name: string, file: File, as = 'admin'): Case =>
    staffCase('uploads', `uploads: ${name} as ${as}`, async (side) => {
      const form = new FormData()
      form.set('request', String(side.id('requests', ALPHA_REQUEST)))
      form.set('file', file)
      return send(side, as, 'POST', resources.attachments.path, { body: form })
    })
  return [
    upload('a PDF', pdf('ok.pdf')),
    upload('a PNG', pdf('ok.png', 'image/png')),
    upload('a plain text file', pdf('ok.txt', 'text/plain')),
    upload('an executable', pdf('bad.exe', 'application/x-msdownload')),
    upload('a zip archive', pdf('bad.zip', 'application/zip')),
    upload('a file over the size limit', pdf('big.pdf', 'application/pdf', 6 * 1024 * 1024)),
    upload('a PDF', pdf('alice.pdf'), 'alice'),
    upload('a PDF', pdf('dave.pdf'), 'dave'),
    staffCase('uploads', 'uploads: no file', async (side) => {
      const form = new FormData()
      form.set('request', String(side.id('requests', ALPHA_REQUEST)))
      return send(side, 'admin', 'POST', resources.attachments.path, { body: form })
    }),
    staffCase('uploads', 'uploads: JSON body with a file name', (side) => send(side, 'admin', 'POST', resources.attachments.path, { body: { request: side.id('requests', ALPHA_REQUEST), file: 'x.pdf' } })),
  ]
}

function selfCases(): Case[] {
  return ['alice', 'dave', 'frank'].flatMap((as) => [
    staffCase('users', `users: PATCH own account as ${as}`, (side) => send(side, as, 'PATCH', detailPath('users', side.id('users', as)), { body: { department: `Dept of ${as}` } })),
    staffCase('teams', `teams: PATCH Team Alpha as ${as}`, (side) => send(side, as, 'PATCH', detailPath('teams', side.id('teams', 'Team Alpha')), { body: { is_active: true } })),
    staffCase('memberships', `memberships: PATCH Team Alpha/dave as ${as}`, (side) => send(side, as, 'PATCH', detailPath('memberships', side.id('memberships', 'Team Alpha/dave')), { body: { role: 'MB' } })),
    staffCase('requests', `requests: create for Team Beta as ${as}`, async (side) => send(side, as, 'POST', resources.requests.path, { body: { ...(await createBody(side, 'requests', `beta-${as}`, as) as Plain), team: side.id('teams', 'Team Beta') } })),
    staffCase('grants', `grants: create for Team Beta as ${as}`, async (side) => send(side, as, 'POST', resources.grants.path, { body: { ...(await createBody(side, 'grants', `beta-${as}`) as Plain), team: side.id('teams', 'Team Beta') } })),
    staffCase('comments', `comments: create a private comment as ${as}`, async (side) => send(side, as, 'POST', resources.comments.path, { body: { ...(await createBody(side, 'comments', `private-${as}`) as Plain), private: true } }), { resource: 'comments' }),
    staffCase('allocations', `allocations: create on the whitelisted cluster for Alpha as ${as}`, (side) => send(side, as, 'POST', resources.allocations.path, { body: { requested: 5, cluster: side.id('clusters', 'blanca'), request: side.id('requests', ALPHA_REQUEST) } })),
    staffCase('allocations', `allocations: create on the blacklisted cluster for Beta as ${as}`, (side) => send(side, as, 'POST', resources.allocations.path, { body: { requested: 5, cluster: side.id('clusters', 'summit'), request: side.id('requests', 'Graph analytics Beta 1') } })),
  ])
}

/** Auth, CSRF, lists, validation, uniqueness, history and ids, batch jobs, uploads, own records. */
export function specialCases(): Case[] {
  return [...authCases(), ...csrfCases(), ...misc(), ...listCases(), ...validationCases(), ...uniquenessCases(), ...historyCases(), ...batchCases(), ...uploadCases(), ...selfCases()]
}
