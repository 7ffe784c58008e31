import type { Store } from './store.ts'
import { userRow } from './seed/users.ts'
import { createRandom } from './random.ts'
import type { Row, SeedUser } from './types.ts'

/** A team role: owner, admin or member. */
export type TeamRole = 'OW' | 'AD' | 'MB'

/** An account to add to a running mock, with its team roles by team name (or id). */
export interface NewMockUser extends SeedUser {
  /** Team roles, e.g. `{ 'Team Alpha': 'AD' }`. @default {} (no team) */
  readonly teams?: Readonly<Record<string, TeamRole>>
}

/** The team row named (or numbered) `team`. @throws {Error} when there is none. */
export function teamRow(store: Store, team: string | number): Row {
  const row = store.tables.teams.find((candidate) => candidate.name === team || candidate.id === team || String(candidate.id) === String(team))
  if (!row) throw new Error(`The mock has no team "${String(team)}"; its teams are ${store.tables.teams.map((candidate) => `"${String(candidate.name)}"`).join(', ')}`)
  return row
}

/** The user row of `username`. @throws {Error} when there is none. */
export function userRowOf(store: Store, username: string): Row {
  const row = store.tables.users.find((candidate) => candidate.username === username)
  if (!row) throw new Error(`The mock has no user "${username}"`)
  return row
}

/**
 * Adds an account and its memberships; its token is registered in `tokens`.
 * @throws {Error} when the username is taken or a team does not exist.
 */
export function addUser(store: Store, tokens: Map<string, string>, user: NewMockUser): Row {
  if (store.tables.users.some((row) => row.username === user.username)) throw new Error(`The mock already has a user "${user.username}"`)
  const teams = Object.entries(user.teams ?? {}).map(([team, role]) => [teamRow(store, team), role] as const)
  const { id: _id, ...fields } = userRow(0, user, createRandom(store.tables.users.length))
  const row = store.insert('users', { ...fields, password: user.password })
  for (const [team, role] of teams) store.insert('memberships', { team: team.id, user: row.id, role })
  tokens.set(user.token, user.username)
  return row
}
