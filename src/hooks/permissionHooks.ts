'use client'
import { useContext } from 'react'
import { type ActionOf, can, type PermissionTarget, type ResourceName, type TeamRoleCode } from '../client/index.ts'
import { outsideProvider, SessionContext } from '../provider/KeystoneContext.ts'
import type { KeystoneSession } from '../provider/KeystoneContext.ts'

function useSessionOf(hookName: string): KeystoneSession {
  const session = useContext(SessionContext)
  if (!session) throw outsideProvider(hookName)
  return session
}

/**
 * Whether the session user may do `action` on `resource` (and `record`), by the server's rules:
 * hide what the server would refuse. `false` while the session loads and when anonymous.
 * @throws {Error} when called outside `<KeystoneProvider>`.
 * @example
 * const canEdit = useCan('update', 'grants', grant)
 * return canEdit ? <EditButton /> : null
 */
export function useCan<R extends ResourceName>(action: ActionOf<R>, resource: R, record?: PermissionTarget<R>): boolean {
  return can(useSessionOf('useCan').user, action, resource, record)
}

/**
 * The session user's role in a team: `OW` owner, `AD` admin, `MB` member, or `null` (not a
 * member, anonymous, or still loading).
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useTeamRole(teamId: number): TeamRoleCode | null {
  return useSessionOf('useTeamRole').teams.find((team) => team.id === teamId)?.role ?? null
}
