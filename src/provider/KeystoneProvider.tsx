'use client'
import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { HttpClient, isKeystoneHttpError, type KeystoneUser } from '../client/index.ts'
import { whoami } from '../client/operations.ts'
import { isServerKey, isCurrentSessionKey, isWhoamiKey, writeTarget } from '../internal/queryKeys.ts'
import { clearKeystoneQueries } from './clearKeystoneQueries.ts'
import { createKeystoneQueryClient } from './createKeystoneQueryClient.ts'
import { KeystoneContext, type KeystoneContextValue, type KeystoneSession, SessionContext, type SessionTeam } from './KeystoneContext.ts'
import { withMembershipWrite } from './sessionTeams.ts'
import { openTabChannel, type TabChannel, type TabMessage } from './tabSync.ts'

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

type UserState = KeystoneUser | null | undefined

// StrictMode runs the mount effect twice; both runs share one `whoami` request (issue 3).
const resolving = /* @__PURE__ */ new WeakMap<HttpClient, Promise<KeystoneUser | null>>()

/** The session user, from the `whoami` request already in flight for this client when there is one. */
function whoamiOnce(client: HttpClient): Promise<KeystoneUser | null> {
  let pending = resolving.get(client)
  if (!pending) {
    pending = whoami(client).finally(() => resolving.delete(client))
    resolving.set(client, pending)
  }
  return pending
}

/** Makes the client from `url` when none is given, and closes it on unmount (deferred, so StrictMode's re-mount keeps it). */
function useOwnedClient(props: KeystoneProviderProps): HttpClient {
  const { client: given, url, token, cid } = props
  const client = useMemo(() => given ?? new HttpClient({ url: url as string, token, cid }), [given, url, token, cid])
  useEffect(() => {
    if (given) return undefined
    const pending = closing.get(client)
    if (pending) clearTimeout(pending)
    return () => {
      closing.set(client, setTimeout(() => client.close(), 0))
    }
  }, [client, given])
  return client
}

const closing = /* @__PURE__ */ new WeakMap<HttpClient, ReturnType<typeof setTimeout>>()

const noSubscription = (): (() => void) => () => undefined

/** The session user outside React state, so a change of user renders at the priority of a cache update. */
interface UserStore {
  get: () => UserState
  set: (user: UserState) => void
  subscribe: (listener: () => void) => () => void
}

function createUserStore(initial: UserState): UserStore {
  let user = initial
  const listeners = new Set<() => void>()
  return {
    get: () => user,
    set: (next) => {
      user = next
      listeners.forEach((listener) => listener())
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Session state: resolved with `whoami` on mount; a change of user clears the server's queries. */
function useSessionState(client: HttpClient, queryClient: QueryClient, { onSessionExpired, initialUser, syncTabs, token }: ProviderBaseProps & { token?: string }) {
  // A store read with useSyncExternalStore rather than useState: React 18 renders a store change
  // at once but a state update from a promise callback later, so clearing the cache first showed
  // the old user's page with emptied lists (which refetched) before the new session arrived. Both
  // now reach React the same way, and the cache is already cleared when the new session renders.
  const [current, setSession] = useState(() => ({ client, store: createUserStore(initialUser) }))
  let session = current
  if (session.client !== client) {
    // Another token or client is another user. The cache is cleared in this render, before any
    // child reads it, so no frame shows the previous user's records; the new session starts from
    // `initialUser` (or `whoami`).
    clearKeystoneQueries(queryClient, session.client.baseUrl)
    clearKeystoneQueries(queryClient, client.baseUrl)
    session = { client, store: createUserStore(initialUser) }
    setSession(session)
  }
  const { store } = session
  const user = useSyncExternalStore(store.subscribe, store.get, store.get)
  const expiredRef = useRef(onSessionExpired)
  useEffect(() => {
    expiredRef.current = onSessionExpired
  })
  const tabs = useRef<TabChannel | null>(null)
  /** Sets the user; a change of user clears the cache and, unless it came from another tab, tells the others. */
  const changeUser = useCallback(
    (next: KeystoneUser | null, expired: boolean, fromTab: boolean) => {
      const previous = store.get()
      if (previous !== undefined && previous?.id !== next?.id) {
        // Keys carry the session: the next render moves every mounted hook to the new user's
        // queries (which fetch), and nothing of the previous user can land where they read.
        client.setSessionKey(next?.id ?? 'anonymous')
        clearKeystoneQueries(queryClient, client.baseUrl)
        if (!fromTab) tabs.current?.post({ user: next, expired })
      }
      store.set(next)
    },
    [client, queryClient, store],
  )
  const setUser = useCallback((next: KeystoneUser | null) => changeUser(next, false, false), [changeUser])
  useEffect(() => {
    if (!(syncTabs ?? token === undefined)) return undefined
    const channel = openTabChannel(`keystone-session ${client.baseUrl}`, (message: TabMessage) => {
      const current = store.get()
      if (current === undefined || current?.id === message.user?.id) return
      changeUser(message.user, message.expired, true)
      if (message.expired) expiredRef.current?.()
    })
    tabs.current = channel
    return () => {
      tabs.current = null
      channel.close()
    }
  }, [client, store, changeUser, syncTabs, token])
  const known = initialUser !== undefined
  useEffect(() => {
    if (known) return undefined
    let live = true
    // A login or logout that finished first knows better than a whoami sent before it.
    const settle = (found: KeystoneUser | null): void => {
      if (live && store.get() === undefined) setUser(found)
    }
    whoamiOnce(client).then(settle, () => settle(null))
    return () => {
      live = false
    }
  }, [client, setUser, known, store])
  useEffect(() => {
    const expire = (key: readonly unknown[] | undefined): void => {
      // Only an authenticated session expires: an anonymous 401 would clear and refetch forever.
      if (!isServerKey(key, client.baseUrl) || !store.get()) return
      changeUser(null, true, false)
      expiredRef.current?.()
    }
    const onError = (error: unknown, key: readonly unknown[] | undefined): void => {
      if (isKeystoneHttpError(error) && error.status === 401) expire(key)
    }
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return
      const { action, query } = event
      // A previous user's request answered late says nothing of the current session.
      if (!isCurrentSessionKey(query.queryKey, client)) return
      if (action.type === 'error') onError(action.error, query.queryKey)
      // `whoami` answers null (not an error) when the server session is gone; `expire` checks the server.
      if (action.type === 'success' && action.data === null && isWhoamiKey(query.queryKey)) expire(query.queryKey)
    })
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated') return
      const { action, mutation } = event
      // Writes record the session they began in (their `onMutate` context): a previous user's
      // write refused late must not end the current user's session.
      const begun = (mutation.state.context as { session?: unknown } | undefined)?.session
      if (begun !== undefined && begun !== client.sessionKey) return
      if (action.type === 'error') onError(action.error, mutation.options.mutationKey)
      // A membership written through the hooks changes the session's roles without a whoami.
      const written = writeTarget(mutation.options.mutationKey, client.baseUrl)
      const user = store.get()
      if (action.type === 'success' && user && written?.resource === 'memberships') {
        const next = withMembershipWrite(user, written.op, action.data, mutation.state.variables)
        if (next !== user) store.set(next)
      }
    })
    return () => {
      stopQueries()
      stopMutations()
    }
  }, [client, queryClient, changeUser, store])
  return { user, setUser }
}

/** The user's teams and roles, from `whoami`'s `_membership`. */
function teamsOf(user: UserState): SessionTeam[] {
  return (user?._membership ?? []).map((row) => ({
    id: row.team,
    name: row._team.name,
    slug: row._team.slug,
    role: row.role,
    active: row._team.is_active !== false,
    membership: row.id,
  }))
}

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
  const { user, setUser } = useSessionState(client, queryClient, props)
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
