'use client'
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { HttpClient } from '../client/index.ts'
import { writeTarget } from '../hooks/keystoneKeys.ts'
import type { UserStore } from './createUserStore.ts'
import { withMembershipWrite } from './sessionTeams.ts'
import type { CacheAction } from './watchSessionQueries.ts'
import { watchSessionWrites } from './watchSessionWrites.ts'

/**
 * Keeps the session user's teams and roles current when a membership written through the hooks
 * changes them, without asking `whoami` again. @internal
 */
export function useSessionRoles(client: HttpClient, queryClient: QueryClient, store: UserStore): void {
  useEffect(() => {
    const onWrite = ({ type, data }: CacheAction, key: QueryKey | undefined, variables: unknown): void => {
      const written = writeTarget(key, client.baseUrl)
      const user = store.get()
      if (type !== 'success' || !user || written?.resource !== 'memberships') return
      const next = withMembershipWrite(user, written.op, data, variables)
      if (next !== user) store.set(next)
    }
    return watchSessionWrites(client, queryClient, onWrite)
  }, [client, queryClient, store])
}
