import { KeystoneClient, type KeystoneUser, type ResourceName, resources } from 'keystone-api-react/client'

// The records the permission matrix asks about, made through the API by a staff account on any
// Keystone (the mock or a real server), under names of their own so that nothing another suite
// reads is touched: every write of the matrix lands on a record made for that one case.

type Plain = Record<string, unknown>

/** Who asks: staff, the three roles of one team, a user in no team, an inactive account, nobody. */
export const ROLES = ['staff', 'owner', 'admin', 'member', 'outsider', 'inactive', 'anonymous'] as const
export type Role = (typeof ROLES)[number]

/** Roles with an account of the world's own (staff is the run's account). */
export const ACCOUNT_ROLES = ['owner', 'admin', 'member', 'outsider', 'inactive'] as const
type AccountRole = (typeof ACCOUNT_ROLES)[number]

const PASSWORD = 'Correct-Horse-42'

/** A record made for one case; `target` is what `can` is given, `cleanup` what staff deletes afterwards (children first). */
export interface Made {
  readonly id: number
  readonly target: Plain
  readonly cleanup: readonly (readonly [ResourceName, number])[]
}

/** A create body, what `can` is told beside it, and what to delete afterwards. */
export interface CreateBody {
  readonly json: Plain
  readonly files?: Record<string, Blob>
  /** Facts the body names only by id (the access of an allocation's cluster). */
  readonly facts?: Plain
  readonly cleanup: [ResourceName, number][]
}

/** One role's view: its client (signed in when it can be) and its session user. */
export interface Actor {
  readonly role: Role
  readonly client: KeystoneClient
  user: KeystoneUser | null
}

/** Throws with the answer when an arranging request did not succeed (a broken set-up is never mistaken for an answer). */
async function must(answer: Promise<{ status: number; data: unknown }>, what: string): Promise<Plain> {
  const { status, data } = await answer
  if (status >= 300) throw new Error(`Permission world: ${what} answered ${status}: ${JSON.stringify(data)}`)
  return data as Plain
}

const pdf = (name: string): File => new File([`%PDF-1.4 ${name}`], name, { type: 'application/pdf' })

/** The accounts, team, cluster and request the cases hang on; `make` adds one record per case. */
export class PermissionWorld {
  readonly url: string
  readonly staff: KeystoneClient
  readonly tag: string
  readonly accounts = new Map<AccountRole, number>()
  team = 0
  request = 0
  cluster = 0
  /** A cluster on a whitelist the team is not on. */
  closedCluster = 0
  #serial = 0

  private constructor(url: string, staff: KeystoneClient, tag: string) {
    this.url = url
    this.staff = staff
    this.tag = tag
  }

  /** Signs the staff account in and makes the world's accounts, team (owner, admin, member, an inactive member), cluster and request. */
  static async build(url: string, staffLogin: { username: string; password: string }): Promise<PermissionWorld> {
    const staff = new KeystoneClient({ url, cookies: 'jar', throttleRetries: 0 })
    await staff.login(staffLogin)
    const world = new PermissionWorld(url, staff, `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`)
    for (const role of ACCOUNT_ROLES) world.accounts.set(role, await world.#account(role, role !== 'inactive'))
    world.team = (await world.#team(true)).id
    world.cluster = Number((await world.#post('clusters', { name: world.#name('cluster'), description: 'permission matrix' })).id)
    world.closedCluster = Number((await world.#post('clusters', { name: world.#name('cluster'), access_mode: 'WL', access_teams: [] })).id)
    world.request = Number((await world.#post('requests', world.requestBody(world.account('owner')))).id)
    return world
  }

  /** The id of a world account. */
  account(role: AccountRole): number {
    return this.accounts.get(role)!
  }

  /** A client for a role, signed in where the role has an account that may sign in. */
  async actor(role: Role): Promise<Actor> {
    if (role === 'staff') return { role, client: this.staff, user: await this.staff.whoami() }
    const client = new KeystoneClient({ url: this.url, cookies: 'jar', throttleRetries: 0 })
    if (role === 'anonymous') return { role, client, user: null }
    const login = { username: this.#username(role), password: PASSWORD }
    const signedIn = await client.login(login).then(() => true, () => false)
    // An inactive account cannot sign in: it asks as nobody, and that is a check of its own.
    if (signedIn !== (role !== 'inactive')) throw new Error(`Permission world: sign-in of ${role} ${signedIn ? 'succeeded' : 'failed'}`)
    return { role, client, user: signedIn ? await client.whoami() : null }
  }

  /** A unique name within this run. */
  #name(what: string): string {
    this.#serial += 1
    return `perm-${this.tag}-${what}-${this.#serial}`
  }

  #username(role: AccountRole): string {
    return `perm-${this.tag}-${role}`
  }

  async #post(resource: ResourceName, json: Plain, files?: Record<string, Blob>): Promise<Plain> {
    return must(this.staff.httpPost(resources[resource].path, { json, ...(files ? { files } : {}) }), `create ${resource}`)
  }

  async #account(role: AccountRole | 'spare', active: boolean): Promise<number> {
    const username = role === 'spare' ? this.#name('spare') : this.#username(role)
    return Number((await this.#post('users', { username, password: PASSWORD, first_name: role, last_name: 'Matrix', email: `${username}@example.com`, is_active: active })).id)
  }

  /** A team whose owner, admin and member are the world's, plus the inactive account as a member. */
  async #team(active: boolean): Promise<{ id: number; memberships: Map<AccountRole, number>; cleanup: [ResourceName, number][] }> {
    const id = Number((await this.#post('teams', { name: this.#name('team') })).id)
    const memberships = new Map<AccountRole, number>()
    const roles: [AccountRole, string][] = [['owner', 'OW'], ['admin', 'AD'], ['member', 'MB'], ['inactive', 'MB']]
    for (const [role, code] of roles) memberships.set(role, Number((await this.#post('memberships', { team: id, user: this.account(role), role: code })).id))
    if (!active) await must(this.staff.httpPatch(`${resources.teams.path}${id}/`, { json: { is_active: false } }), 'deactivate a team')
    return { id, memberships, cleanup: [...[...memberships.values()].map((row): [ResourceName, number] => ['memberships', row]), ['teams', id]] }
  }

  /** A valid create body of a request of the world's team. */
  requestBody(submitter: number): Plain {
    return { title: this.#name('request'), description: 'permission matrix', submitter, team: this.team }
  }

  /** A valid create body (and files) of a resource, for the case's variant; `me` is the asking user's id, if any. */
  async createBody(resource: ResourceName, variant: string, me: number | undefined): Promise<CreateBody> {
    const onRequest = { request: this.request }
    switch (resource) {
      case 'clusters':
        return { json: { name: this.#name('cluster'), description: 'permission matrix' }, cleanup: [] }
      case 'requests':
        return { json: this.requestBody(me ?? this.account('owner')), cleanup: [] }
      case 'allocations': {
        const closed = variant === 'on a closed cluster'
        const onCluster = { access_mode: closed ? 'WL' : 'OP', access_teams: [] }
        return { json: { requested: 1000, cluster: closed ? this.closedCluster : this.cluster, ...onRequest }, facts: { onCluster }, cleanup: [] }
      }
      case 'reviews':
        return { json: { status: 'AP', ...onRequest }, cleanup: [] }
      case 'comments':
        return { json: { content: this.#name('comment'), private: variant === 'private', ...onRequest }, cleanup: [] }
      case 'attachments': {
        const name = `${this.#name('attachment')}.pdf`
        return { json: { name, ...onRequest }, files: { file: pdf(name) }, cleanup: [] }
      }
      case 'grants':
        return { json: { title: this.#name('grant'), agency: 'NSF', amount: '1000.50', start_date: '2026-02-01', team: this.team }, cleanup: [] }
      case 'publications':
        return { json: { title: this.#name('paper'), team: this.team }, cleanup: [] }
      case 'users':
        return { json: { username: this.#name('user'), password: PASSWORD }, cleanup: [] }
      case 'teams':
        return { json: { name: this.#name('team') }, cleanup: [] }
      case 'memberships': {
        // A fresh account, so the membership can be made whoever asks first.
        const user = await this.#account('spare', true)
        return { json: { team: this.team, user, role: 'MB' }, cleanup: [['users', user]] }
      }
      case 'preferences':
        return { json: { user: this.account(variant as AccountRole), notify_on_expiration: false }, cleanup: [] }
      default:
        throw new Error(`Permission world: ${resource} offers no create`)
    }
  }

  /** Makes the record a case reads and writes; variants name whose or what kind of record it is. */
  async make(resource: ResourceName, variant: string, me: number | undefined): Promise<Made> {
    if (resource === 'users' && variant === 'own account') return { id: me!, target: { id: me }, cleanup: [] }
    if (resource === 'teams') {
      const team = await this.#team(variant === 'active')
      return { id: team.id, target: { id: team.id, is_active: variant === 'active' }, cleanup: team.cleanup }
    }
    if (resource === 'memberships') {
      const inactiveTeam = variant === 'in an inactive team'
      const team = await this.#team(!inactiveTeam)
      const role: AccountRole = inactiveTeam ? 'member' : variant === 'inactive account' ? 'inactive' : (variant as AccountRole)
      const id = team.memberships.get(role)!
      return { id, target: { id, team: team.id, user: this.account(role), _team: { is_active: !inactiveTeam } }, cleanup: team.cleanup }
    }
    if (resource === 'users') {
      const id = await this.#account('spare', variant !== 'an inactive account')
      return { id, target: { id, is_active: variant !== 'an inactive account' }, cleanup: [['users', id]] }
    }
    const body = await this.createBody(resource, variant, this.account('owner'))
    const record = await this.#post(resource, body.json, body.files)
    const id = Number(record.id)
    const team = record.team ?? (resource === 'clusters' || resource === 'preferences' ? undefined : this.team)
    return { id, target: { ...record, team }, cleanup: [[resource, id], ...body.cleanup] }
  }

  /** Deletes what a case made (a record the case deleted already answers 404, which is fine). */
  async clean(cleanup: readonly (readonly [ResourceName, number])[]): Promise<void> {
    for (const [resource, id] of cleanup) {
      const { status } = await this.staff.httpDelete(`${resources[resource].path}${id}/`)
      if (status >= 300 && status !== 404) throw new Error(`Permission world: clean-up of ${resource} #${id} answered ${status}`)
    }
  }

  /** Deletes the world's own records and accounts. */
  async dispose(): Promise<void> {
    await this.clean([['requests', this.request], ['clusters', this.cluster], ['clusters', this.closedCluster]])
    const { data } = await this.staff.httpGet<{ results: Plain[] }>(resources.memberships.path, { params: { team: this.team, _limit: 100 } })
    await this.clean([...(data.results ?? []).map((row): [ResourceName, number] => ['memberships', Number(row.id)]), ['teams', this.team]])
    await this.clean([...this.accounts.values()].map((id): [ResourceName, number] => ['users', id]))
  }
}
