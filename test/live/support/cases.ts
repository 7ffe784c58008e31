import { resources, type ResourceName } from 'keystone-api-react/client'
import type { ReadOptions } from './compare.ts'
import { FOREIGN } from './fixtures.ts'
import type { Answer, SendOptions } from './session.ts'
import type { Side } from './sides.ts'

/** One scripted case: the same steps on each side, the last answer compared. */
export interface Case {
  /** Resource or area, for the table. */
  readonly area: string
  /** Unique name, also the key of an accepted difference. */
  readonly name: string
  readonly run: (side: Side) => Promise<Answer>
  readonly read?: ReadOptions
}

/** The users every role-dependent case runs as (see docs/fixtures.md). */
export const ROLES = ['admin', 'alice', 'carol', 'dave', 'bob', 'erin', 'frank', 'anon'] as const

type Plain = Record<string, unknown>
type ResourceKey = ResourceName
const CRUD = (Object.keys(resources) as ResourceKey[]).filter((name) => resources[name].ops === 'crud')
const ALL = Object.keys(resources) as ResourceKey[]
const LOGS: readonly ResourceKey[] = ['auditLogs', 'requestLogs', 'taskLogs', 'feed']
/** Resources whose records the seed holds on both sides (logs and notifications are not comparable). */
const SEEDED_READS = ALL.filter((name) => !LOGS.includes(name) && name !== 'notifications')

const detailPath = (resource: ResourceKey, id: number | string): string => `${resources[resource].path}${id}/`
const ALPHA = 'Team Alpha'
const ALPHA_REQUEST = 'Climate modelling Alpha 1'

/** Fails the case when an arranging step fails, so a broken setup is not mistaken for an answer. */
export async function must(answer: Promise<Answer>, what: string): Promise<Plain> {
  const got = await answer
  if (got.status >= 300) throw new Error(`${what} answered ${got.status}: ${JSON.stringify(got.body)}`)
  return got.body as Plain
}

const pdf = (name: string, type = 'application/pdf', size = 64): File => new File([new Uint8Array(size).fill(37)], name, { type })

/** A valid create body of a resource for the team Alpha, unique by `tag` (may arrange parents first). */
export async function createBody(side: Side, resource: ResourceKey, tag: string, as = 'admin'): Promise<unknown> {
  const id = (target: ResourceKey, key: string): number => side.id(target, key)
  const me = async (): Promise<number> => Number((await must(side.send(as, 'GET', 'authentication/whoami/'), 'whoami')).id)
  switch (resource) {
    case 'clusters':
      return { name: `c-${tag}`, description: 'differential' }
    case 'teams':
      return { name: `Team ${tag}` }
    case 'users':
      return { username: `u-${tag}`, password: 'Correct-Horse-42', first_name: 'New', last_name: 'User', email: `${tag}@example.com` }
    case 'memberships': {
      const user = await must(side.send('admin', 'POST', resources.users.path, { body: { username: `m-${tag}`, password: 'Correct-Horse-42' } }), 'user for a membership')
      return { team: id('teams', ALPHA), user: user.id, role: 'MB' }
    }
    case 'requests':
      return { title: `Request ${tag}`, description: 'Differential request', submitter: as === 'anon' ? id('users', 'alice') : await me(), team: id('teams', ALPHA) }
    case 'allocations':
      return { requested: 1000, cluster: id('clusters', 'alpine'), request: id('requests', ALPHA_REQUEST) }
    case 'reviews':
      return { status: 'AP', request: id('requests', 'Protein folding Alpha 2') }
    case 'comments':
      return { content: `Comment ${tag}`, private: false, request: id('requests', ALPHA_REQUEST) }
    case 'attachments': {
      const form = new FormData()
      form.set('name', `a-${tag}.pdf`)
      form.set('request', String(id('requests', ALPHA_REQUEST)))
      form.set('file', pdf(`a-${tag}.pdf`))
      return form
    }
    case 'grants':
      return { title: `Grant ${tag}`, agency: 'NSF', amount: '1000.50', start_date: '2026-02-01', team: id('teams', ALPHA) }
    case 'publications':
      return { title: `Paper ${tag}`, team: id('teams', ALPHA) }
    case 'preferences': {
      const user = await must(side.send('admin', 'POST', resources.users.path, { body: { username: `p-${tag}`, password: 'Correct-Horse-42' } }), 'user for preferences')
      return { user: user.id, notify_on_expiration: false }
    }
    default:
      return {}
  }
}

/** A PATCH body that changes something harmless. */
function patchBody(resource: ResourceKey): Plain {
  const bodies: Partial<Record<ResourceKey, Plain>> = {
    clusters: { description: 'patched' }, teams: { is_active: true }, users: { department: 'Patched' }, memberships: { role: 'AD' },
    requests: { description: 'patched' }, allocations: { requested: 2000 }, reviews: { status: 'DC' }, comments: { content: 'patched' },
    attachments: { name: 'patched.pdf' }, grants: { agency: 'NIH' }, publications: { journal: 'Nature' }, preferences: { notify_on_expiration: true },
    notifications: { read: true },
  }
  return bodies[resource] ?? {}
}

/** A record of `resource` created by staff for one case; its id on that side. */
async function disposable(side: Side, resource: ResourceKey, tag: string): Promise<number> {
  const body = await createBody(side, resource, tag)
  const created = await must(side.send('admin', 'POST', resources[resource].path, { body }), `staff create of ${resource}`)
  side.map.add(resource, `disposable ${tag}`, Number(created.id))
  return Number(created.id)
}

/**
 * OPTIONS answers DRF's metadata: compared by status and top-level keys. The `actions` block
 * (per-field form metadata) is left out: the mock does not describe forms.
 */
const METADATA: ReadOptions = { statusOnly: true, derive: (answer) => Object.keys((answer.body ?? {}) as Plain).filter((key) => key !== 'actions').sort() }

/** Fields whose values each server sets for itself: times, file URLs, hashes. */
const OWN_VALUES = new Set(['submitted', 'created', 'uploaded', 'date_joined', 'last_login', 'time', 'timestamp', 'file'])

/**
 * The text and boolean fields of a written record (defaults, slugs, statuses, flags): numbers are
 * left out, since ids differ between servers.
 */
export function writtenValues(answer: Answer): unknown {
  const body = answer.body as Plain | undefined
  if (answer.status >= 300 || !body || typeof body !== 'object') return undefined
  return Object.entries(body).filter(([key, value]) => !key.startsWith('_') && !OWN_VALUES.has(key) && (typeof value === 'string' || typeof value === 'boolean')).sort(([a], [b]) => a.localeCompare(b))
}

const send = (side: Side, as: string, method: string, path: string, options?: SendOptions): Promise<Answer> => side.send(as, method, path, options)

/** Reads of the pristine seed: every list, every seeded record, HEAD and OPTIONS, for every role. */
export function readCases(): Case[] {
  const cases: Case[] = []
  for (const resource of ALL) {
    const list = resources[resource].path
    const comparable = SEEDED_READS.includes(resource)
    for (const as of ROLES) {
      const read: ReadOptions = comparable ? { resource } : {}
      cases.push({ area: resource, name: `${resource}: GET list as ${as}`, run: (side) => send(side, as, 'GET', list), read: LOGS.includes(resource) ? { ...read, derive: undefined } : read })
      cases.push({ area: resource, name: `${resource}: HEAD list as ${as}`, run: (side) => send(side, as, 'HEAD', list), read: { statusOnly: true } })
      cases.push({ area: resource, name: `${resource}: OPTIONS list as ${as}`, run: (side) => send(side, as, 'OPTIONS', list), read: METADATA })
    }
  }
  for (const resource of SEEDED_READS) {
    for (const as of ROLES) {
      cases.push({
        area: resource,
        name: `${resource}: GET each seeded record as ${as}`,
        run: async (side) => {
          const keys = side.map.keys(resource).sort()
          const statuses: Record<string, number> = {}
          let last: Answer | undefined
          for (const key of keys) {
            last = await send(side, as, 'GET', detailPath(resource, side.id(resource, key)))
            statuses[key] = last.status
          }
          return { status: last?.status ?? 0, headers: new Headers(), body: { statuses, sample: last?.body } }
        },
        read: { derive: (answer) => (answer.body as Plain).statuses },
      })
    }
    const first = (side: Side): string => detailPath(resource, side.id(resource, side.map.keys(resource).sort()[0]!))
    for (const as of ROLES) {
      cases.push({ area: resource, name: `${resource}: HEAD detail as ${as}`, run: (side) => send(side, as, 'HEAD', first(side)), read: { statusOnly: true } })
      cases.push({ area: resource, name: `${resource}: OPTIONS detail as ${as}`, run: (side) => send(side, as, 'OPTIONS', first(side)), read: METADATA })
    }
  }
  // Logs hold each server's own entries: a detail is the first one staff lists on that side.
  for (const resource of LOGS.filter((name) => resources[name].ops !== 'list')) {
    for (const as of ROLES) {
      cases.push({
        area: resource,
        name: `${resource}: GET first listed record as ${as}`,
        run: async (side) => {
          const page = await must(side.send('admin', 'GET', resources[resource].path, { query: { _limit: '1' } }), 'staff list of logs')
          const first = (page.results as Plain[])[0]
          return send(side, as, 'GET', `${resources[resource].path}${String(first?.id ?? 1)}/`)
        },
        read: { statusOnly: true },
      })
    }
  }
  for (const as of ROLES) {
    cases.push({ area: 'feed', name: `feed: GET a detail path (none exists) as ${as}`, run: (side) => send(side, as, 'GET', `${resources.feed.path}1/`) })
  }
  return cases
}

/** Writes of every method on every resource for every role; each on a record made for it. */
export function writeCases(): Case[] {
  const cases: Case[] = []
  for (const resource of ALL) {
    const list = resources[resource].path
    for (const as of ROLES) {
      const tag = `${resource}-${as}`
      cases.push({
        area: resource,
        name: `${resource}: POST as ${as}`,
        run: async (side) => {
          const answer = await send(side, as, 'POST', list, { body: await createBody(side, resource, tag, as) })
          if (answer.status === 201) side.map.add(resource, `created ${tag}`, Number((answer.body as Plain).id))
          return answer
        },
        read: { resource, derive: writtenValues },
      })
      for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
        cases.push({
          area: resource,
          name: `${resource}: ${method} as ${as}`,
          run: async (side) => {
            if (!CRUD.includes(resource)) return send(side, as, method, `${list}1/`, { body: patchBody(resource) })
            const id = await disposable(side, resource, `${tag}-${method.toLowerCase()}`)
            const body = method === 'PATCH' ? patchBody(resource) : method === 'PUT' ? await createBody(side, resource, `${tag}-put2`) : undefined
            return send(side, as, method, detailPath(resource, id), { body })
          },
          read: { derive: writtenValues },
        })
      }
    }
  }
  return cases
}

export { CRUD, ALL, LOGS, SEEDED_READS, FOREIGN, detailPath, send, disposable, pdf }
