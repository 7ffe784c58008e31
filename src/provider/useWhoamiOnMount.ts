'use client'
import { useEffect, useRef } from 'react'
import type { HttpClient, KeystoneUser } from '../client/index.ts'
import { whoami } from '../client/operations.ts'
import type { UserStore } from './createUserStore.ts'
import type { ChangeUser } from './useTabSync.ts'

/**
 * Asks the server who is logged in when the session is not known yet (`known` false), and sets
 * the answer unless a login or logout settled the session first. @internal
 */
export function useWhoamiOnMount(client: HttpClient, store: UserStore, known: boolean, changeUser: ChangeUser): void {
  // StrictMode runs the mount effect twice, keeping refs: one request per session store.
  const asked = useRef<UserStore>(undefined)
  useEffect(() => {
    if (known || asked.current === store) return
    asked.current = store
    // A login or logout that finished first knows better than a whoami sent before it. The
    // store is this client's, so an answer that comes after unmount or a change of client sets
    // nothing anyone reads.
    const settle = (found: KeystoneUser | null): void => {
      if (store.get() === undefined) changeUser(found)
    }
    whoami(client).then(settle, () => settle(null))
  }, [client, store, known, changeUser])
}
