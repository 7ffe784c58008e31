'use client'
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { type RefObject, useEffect } from 'react'
import { type HttpClient, isKeystoneHttpError, type KeystoneUser } from '../client/index.ts'
import { isServerKey, isWhoamiKey } from '../hooks/keystoneKeys.ts'
import type { UserStore } from './createUserStore.ts'
import type { ChangeUser } from './useTabSync.ts'
import { type CacheAction, watchSessionQueries } from './watchSessionQueries.ts'
import { watchSessionWrites } from './watchSessionWrites.ts'

/**
 * Follows what the server says of the session in the answers the cache sees: a 401 to a request
 * of the current session, or a `whoami` that answers nobody, ends an authenticated session and
 * calls `onExpired` (once: the next session is anonymous); a `whoami` that answers someone
 * (`useWhoAmI`, a prefetch) makes them the session user. @internal
 */
export function useSessionExpiry(
  client: HttpClient,
  queryClient: QueryClient,
  store: UserStore,
  changeUser: ChangeUser,
  onExpired: RefObject<(() => void) | undefined>,
): void {
  useEffect(() => {
    const expire = (key: QueryKey | undefined): void => {
      // Only an authenticated session expires: an anonymous 401 would clear and refetch forever.
      if (!isServerKey(key, client.baseUrl) || !store.get()) return
      changeUser(null, true)
      onExpired.current?.()
    }
    const onFailure = ({ type, error }: CacheAction, key: QueryKey | undefined): void => {
      if (type === 'error' && isKeystoneHttpError(error) && error.status === 401) expire(key)
    }
    const onQuery = (action: CacheAction, key: QueryKey): void => {
      onFailure(action, key)
      if (action.type !== 'success' || !isWhoamiKey(key)) return
      // A whoami answer names the session user; nobody, in a session that had a user, means the
      // server session is gone (an answer, not an error). Without a user yet, nobody is anonymous.
      if (action.data || !store.get()) changeUser(action.data as KeystoneUser | null)
      else expire(key)
    }
    const stopQueries = watchSessionQueries(client, queryClient, onQuery)
    const stopWrites = watchSessionWrites(client, queryClient, onFailure)
    return () => {
      stopQueries()
      stopWrites()
    }
  }, [client, queryClient, store, changeUser, onExpired])
}
