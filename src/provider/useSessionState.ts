'use client'
import type { QueryClient } from '@tanstack/react-query'
import { useState, useSyncExternalStore } from 'react'
import type { HttpClient } from '../client/index.ts'
import { clearKeystoneQueries } from './clearKeystoneQueries.ts'
import { createUserStore, type UserState, type UserStore } from './createUserStore.ts'

/**
 * The session user of `client` and the store that holds it; `initialUser` until told
 * otherwise. Another client is another session, begun in the render that brings it. @internal
 */
export function useSessionState(client: HttpClient, queryClient: QueryClient, initialUser: UserState): { user: UserState; store: UserStore } {
  // A store read with useSyncExternalStore rather than useState: React 18 renders a store change
  // at once but a state update from a promise callback later, so clearing the cache first showed
  // the old user's page with emptied lists (which refetched) before the new session arrived. Both
  // now reach React the same way, and the cache is already cleared when the new session renders.
  const [current, setCurrent] = useState(() => ({ client, store: createUserStore(initialUser) }))
  let session = current
  if (session.client !== client) {
    // Another token or client is another user. The cache is cleared in this render, before any
    // child reads it, so no frame shows the previous user's records; the new session starts from
    // `initialUser` (or `whoami`).
    clearKeystoneQueries(queryClient, session.client.baseUrl)
    clearKeystoneQueries(queryClient, client.baseUrl)
    session = { client, store: createUserStore(initialUser) }
    setCurrent(session)
  }
  const { store } = session
  return { user: useSyncExternalStore(store.subscribe, store.get, store.get), store }
}
