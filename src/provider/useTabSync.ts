'use client'
import type { QueryClient } from '@tanstack/react-query'
import { type RefObject, useCallback, useEffect, useRef } from 'react'
import type { HttpClient, KeystoneUser } from '../client/index.ts'
import type { UserStore } from './createUserStore.ts'
import { switchUser } from './switchUser.ts'
import { openTabChannel, type TabChannel } from './openTabChannel.ts'

/** Sets the session user; `expired` tells the other tabs the session ended by itself. @internal */
export type ChangeUser = (user: KeystoneUser | null, expired?: boolean) => void

/**
 * Follows the session of the other tabs of this origin on the same API (when `enabled`), and
 * returns the setter that tells them of a change of user made here. @internal
 */
export function useTabSync(
  client: HttpClient,
  queryClient: QueryClient,
  store: UserStore,
  enabled: boolean,
  onExpired: RefObject<(() => void) | undefined>,
): ChangeUser {
  const tabs = useRef<TabChannel | null>(null)
  useEffect(() => {
    if (!enabled) return undefined
    const channel = openTabChannel(`keystone-session ${client.baseUrl}`, (message) => {
      const current = store.get()
      if (current === undefined || current?.id === message.user?.id) return
      switchUser(client, queryClient, store, message.user)
      if (message.expired) onExpired.current?.()
    })
    tabs.current = channel
    return () => {
      tabs.current = null
      channel.close()
    }
  }, [client, queryClient, store, enabled, onExpired])
  return useCallback(
    (user, expired = false) => {
      if (switchUser(client, queryClient, store, user)) tabs.current?.post({ user, expired })
    },
    [client, queryClient, store],
  )
}
