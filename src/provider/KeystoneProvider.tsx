'use client'
import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { type ReactNode, useContext, useMemo, useState, useSyncExternalStore } from 'react'
import type { HttpClient, KeystoneUser } from '../client/index.ts'
import { createKeystoneQueryClient } from './createKeystoneQueryClient.ts'
import { KeystoneContext, type KeystoneContextValue, type KeystoneSession, SessionContext } from './KeystoneContext.ts'
import { teamsOf } from './sessionTeams.ts'
import { useLatest } from './useLatest.ts'
import { useOwnedClient } from './useOwnedClient.ts'
import { useSessionExpiry } from './useSessionExpiry.ts'
import { useSessionRoles } from './useSessionRoles.ts'
import { useSessionState } from './useSessionState.ts'
import { useTabSync } from './useTabSync.ts'
import { useWhoamiOnMount } from './useWhoamiOnMount.ts'

interface ProviderBaseProps {
  children?: ReactNode
  /** Query cache to use; by default the provider makes one with {@link createKeystoneQueryClient}. */
  queryClient?: QueryClient
  /** Called once when a request answers 401 in an authenticated session (the cache is cleared first). */
  onSessionExpired?: () => void
  /**
   * The session user when already known (from `client.login()`, a router loader or SSR): the
   * session starts resolved and no `whoami` request is sent on mount. `null` means anonymous.
   */
  initialUser?: KeystoneUser | null
  /**
   * Tell the other tabs of this origin (on the same API) about login, logout and expiry, and
   * follow theirs: a cookie session is one session for every tab. Pass `false` with a client
   * that sends a token (each tab then has its own user).
   * @default true without `token`, false with it
   */
  syncTabs?: boolean
}

/** Props of `<KeystoneProvider>`: a `url` (the provider makes and closes the client) or a `client`. */
export type KeystoneProviderProps = ProviderBaseProps &
  (
    | {
        /** Base URL of the API, e.g. `https://keystone.example.edu/api/`, or relative to the page (`/api/`). */
        url: string
        /** DRF token sent as `Authorization: Token <key>` instead of the session cookie. */
        token?: string
        /**
         * Correlation id of the provider's client, for server rendering: made once on the server
         * (`crypto.randomUUID()`, or the `cid` of the client that prefetched) and passed down, so
         * the server render, the hydration and every browser request carry the same id.
         * @default a new random UUID, shown by `useSession().cid` only after hydration
         */
        cid?: string
        client?: undefined
      }
    | {
        /** A client you made (a `KeystoneClient`, or an `HttpClient`); you close it. */
        client: HttpClient
        url?: undefined
        token?: undefined
        cid?: undefined
      }
  )

const noSubscription = (): (() => void) => () => undefined

/**
 * Shares a Keystone client, a query cache and the login session with the hooks below it.
 * Inside an existing `QueryClientProvider` the app's own queries keep their client; the
 * Keystone hooks use `queryClient` (or one made with Keystone defaults).
 * @example
 * <KeystoneProvider url="https://keystone.example.edu/api/" onSessionExpired={() => navigate('/login')}>
 *   <App />
 * </KeystoneProvider>
 */
export function KeystoneProvider(props: KeystoneProviderProps): ReactNode {
  const outer = useContext(QueryClientContext)
  const [ownQueryClient] = useState(() => (props.queryClient ? undefined : createKeystoneQueryClient()))
  const queryClient = (props.queryClient ?? ownQueryClient) as QueryClient
  const client = useOwnedClient(props)
  // The session user comes from `initialUser` or whoami on mount, then changes by login and
  // logout (`setUser`), by other tabs, and by what the server answers (401s, whoami, memberships).
  const { user, store } = useSessionState(client, queryClient, props.initialUser)
  const onExpired = useLatest(props.onSessionExpired)
  const setUser = useTabSync(client, queryClient, store, props.syncTabs ?? props.token === undefined, onExpired)
  useWhoamiOnMount(client, store, props.initialUser !== undefined, setUser)
  useSessionExpiry(client, queryClient, store, setUser, onExpired)
  useSessionRoles(client, queryClient, store)
  // A server render and its hydration can only agree on a CID handed down in props (the client
  // was made with it); without one both show '' (a random id on each side would be a hydration
  // error), then the client's.
  const cid = useSyncExternalStore(noSubscription, () => client.cid, () => props.cid ?? '')
  // The session key is read here so that every hook (a context consumer) renders again, with the
  // new user's keys, when the user changes, even one that reads neither the session nor changed data.
  const { sessionKey } = client
  const value = useMemo<KeystoneContextValue>(() => ({ client, queryClient, setUser, sessionKey }), [client, queryClient, setUser, sessionKey])
  const session = useMemo<KeystoneSession>(
    () => ({ status: user === undefined ? 'loading' : user ? 'authenticated' : 'anonymous', user: user ?? null, cid, teams: teamsOf(user) }),
    [user, cid],
  )
  const tree = (
    <KeystoneContext.Provider value={value}>
      <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>
    </KeystoneContext.Provider>
  )
  // Without an outer QueryClientProvider, expose ours so `useQueryClient()` works for prefetching.
  return outer ? tree : <QueryClientProvider client={queryClient}>{tree}</QueryClientProvider>
}
