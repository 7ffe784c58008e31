import { SEED_USERS } from 'keystone-api-react/testing'
import type { ResourceName } from 'keystone-api-react/client'
import type { FixtureMap } from './fixtures.ts'
import { type Answer, type SendOptions, Session } from './session.ts'

/** One server the differential suite talks to: the real one or the mock. */
export class Side {
  readonly name: 'server' | 'mock'
  readonly url: string
  readonly map: FixtureMap
  readonly #staff: { username: string; password: string }
  readonly #sessions = new Map<string, Session>()

  constructor(name: 'server' | 'mock', url: string, map: FixtureMap, staff: { username: string; password: string }) {
    this.name = name
    this.url = url
    this.map = map
    this.#staff = staff
  }

  /** Id of a fixture by natural key. */
  id(resource: ResourceName, key: string): number {
    return this.map.id(resource, key)
  }

  /** A logged-in session of a seed user (`admin` is the staff account of the run), or an anonymous one. */
  async as(user: string): Promise<Session> {
    const known = this.#sessions.get(user)
    if (known) return known
    const session = new Session(this.url)
    if (user !== 'anon') {
      const seed = SEED_USERS.find((candidate) => candidate.username === user)
      const login = user === 'admin' ? this.#staff : { username: user, password: seed?.password ?? '' }
      const answer = await session.login(login.username, login.password)
      if (answer.status !== 200) throw new Error(`${this.name}: login as ${user} answered ${answer.status}`)
    }
    this.#sessions.set(user, session)
    return session
  }

  /** A fresh session nobody else uses (for logout and CSRF cases). */
  fresh(): Session {
    return new Session(this.url)
  }

  /** Forgets a user's session (after a case ended it). */
  forget(user: string): void {
    this.#sessions.delete(user)
  }

  /** Sends as a user. */
  async send(user: string, method: string, path: string, options?: SendOptions): Promise<Answer> {
    return (await this.as(user)).send(method, path, options)
  }
}
