import type { SeedUser } from './types.ts'

/** Staff account (`is_staff`, `is_superuser`): sees and writes everything, reads logs. */
export const STAFF_USER: SeedUser = { username: 'admin', password: 'admin-password', token: 'admin-token', isStaff: true, firstName: 'Ada', lastName: 'Admin' }
/** Owner of team 1 ("Team Alpha"). */
export const ALICE: SeedUser = { username: 'alice', password: 'alice-password', token: 'alice-token', firstName: 'Alice', lastName: 'Anders' }
/** Owner of team 2 ("Team Beta"); sees nothing of team 1. */
export const BOB: SeedUser = { username: 'bob', password: 'bob-password', token: 'bob-token', firstName: 'Bob', lastName: 'Brown' }
/** Admin of team 1. */
export const CAROL: SeedUser = { username: 'carol', password: 'carol-password', token: 'carol-token', firstName: 'Carol', lastName: 'Chen' }
/** Plain member of teams 1 and 2. */
export const DAVE: SeedUser = { username: 'dave', password: 'dave-password', token: 'dave-token', firstName: 'Dave', lastName: 'Diaz' }
/** Owner of team 3 ("Team Gamma", inactive). */
export const ERIN: SeedUser = { username: 'erin', password: 'erin-password', token: 'erin-token', firstName: 'Erin', lastName: 'Evans' }
/** In no team: sees no team-scoped records. */
export const FRANK: SeedUser = { username: 'frank', password: 'frank-password', token: 'frank-token', firstName: 'Frank', lastName: 'Fox' }
/** Inactive account, member of team 2: cannot log in, and her token is refused. */
export const GRACE: SeedUser = { username: 'grace', password: 'grace-password', token: 'grace-token', firstName: 'Grace', lastName: 'Green', isActive: false }

/**
 * The seeded accounts, in id order (ids 1..8). Teams: 1 Alpha (alice OW, carol AD, dave MB),
 * 2 Beta (bob OW, dave MB, grace MB), 3 Gamma (erin OW, inactive). See docs/fixtures.md.
 */
export const SEED_USERS: readonly SeedUser[] = [STAFF_USER, ALICE, BOB, CAROL, DAVE, ERIN, FRANK, GRACE]

/** Team memberships of the seed: `[teamId, username, role]`. */
export const SEED_MEMBERSHIPS: readonly (readonly [number, string, 'OW' | 'AD' | 'MB'])[] = [
  [1, 'alice', 'OW'],
  [1, 'carol', 'AD'],
  [1, 'dave', 'MB'],
  [2, 'bob', 'OW'],
  [2, 'dave', 'MB'],
  [3, 'erin', 'OW'],
  [2, 'grace', 'MB'],
]
