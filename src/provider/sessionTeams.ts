import type { KeystoneUser } from '../client/index.ts'
import type { SessionTeam } from './KeystoneContext.ts'

type MembershipRow = KeystoneUser['_membership'][number]

/**
 * The session user after a membership write succeeded: the user's own membership added,
 * changed or removed. Returns `user` itself when the write does not concern them. @internal
 */
export function withMembershipWrite(user: KeystoneUser, op: unknown, data: unknown, variables: unknown): KeystoneUser {
  const rows = user._membership
  let next: MembershipRow[] = rows
  if (op === 'delete') {
    const pk = (variables as { pk?: unknown } | undefined)?.pk
    next = rows.filter((row) => row.id !== pk)
  } else if (data && typeof data === 'object' && 'id' in data) {
    const record = data as { id: number; user?: number; team: number; role: MembershipRow['role']; _team?: MembershipRow['_team'] }
    const others = rows.filter((row) => row.id !== record.id)
    const team = record._team ?? rows.find((row) => row.team === record.team)?._team
    next = record.user === user.id && team ? [...others, { id: record.id, team: record.team, role: record.role, _team: team }] : others
  }
  return next.length === rows.length && next.every((row, index) => row === rows[index]) ? user : { ...user, _membership: next }
}

/** The user's teams and roles, from `whoami`'s `_membership` (none without a user). @internal */
export function teamsOf(user: KeystoneUser | null | undefined): SessionTeam[] {
  return (user?._membership ?? []).map((row) => ({
    id: row.team,
    name: row._team.name,
    slug: row._team.slug,
    role: row.role,
    active: row._team.is_active !== false,
    membership: row.id,
  }))
}
