import { SEED_MEMBERSHIPS, SEED_USERS } from '../credentials.ts'
import type { Random } from '../random.ts'
import type { Row, SeedUser } from '../types.ts'
import { timeFrom } from './dates.ts'

const DEPARTMENTS = ['Physics', 'Chemistry', 'Biology', 'Computer Science', 'Mathematics']

/** A user row of an account (id given). */
export function userRow(id: number, user: SeedUser, random: Random): Row {
  return {
    id,
    username: user.username,
    first_name: user.firstName ?? user.username,
    last_name: user.lastName ?? 'User',
    email: `${user.username}@keystone.test`,
    department: random.pick(DEPARTMENTS),
    role: user.isStaff ? 'Administrator' : 'Researcher',
    is_active: user.isActive !== false,
    is_staff: !!user.isStaff,
    is_superuser: !!user.isStaff,
    is_ldap_user: false,
    date_joined: timeFrom(-random.int(100, 400), random),
    last_login: null,
    groups: [],
    user_permissions: [],
  }
}

/** Teams 1..3 and their memberships. */
export function teamRows(random: Random): { teams: Row[]; memberships: Row[] } {
  const teams: Row[] = ['Team Alpha', 'Team Beta', 'Team Gamma'].map((name, index) => ({
    id: index + 1,
    name,
    slug: name.toLowerCase().replace(/\s+/g, '-'),
    is_active: index < 2,
    created: timeFrom(-random.int(200, 300), random),
  }))
  const ids = new Map(SEED_USERS.map((user, index) => [user.username, index + 1]))
  const memberships = SEED_MEMBERSHIPS.map(([team, username, role], index) => ({
    id: index + 1,
    team,
    user: ids.get(username)!,
    role,
  }))
  return { teams, memberships }
}
