'use client'
import { useContext } from 'react'
import { KeystoneClient } from '../client/index.ts'
import { type KeystoneSession, outsideProvider, SessionContext, useKeystoneContext } from './KeystoneContext.ts'

function useSessionContext(hookName: string): KeystoneSession {
  const session = useContext(SessionContext)
  if (!session) throw outsideProvider(hookName)
  return session
}

/**
 * The login session: `{ status: 'loading' | 'authenticated' | 'anonymous', user, cid }`.
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useSession(): KeystoneSession {
  return useSessionContext('useSession')
}

/** Whether a user is logged in (`false` while the session is still loading). */
export function useIsAuthenticated(): boolean {
  return useSessionContext('useIsAuthenticated').status === 'authenticated'
}

/**
 * The `KeystoneClient` shared by the provider, for calls outside the hooks: the one given to
 * the provider, or one on the provider's connection (same CID, session and `close()`).
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useKeystoneClient(): KeystoneClient {
  const { client } = useKeystoneContext('useKeystoneClient')
  // The provider keeps a plain HttpClient unless given a KeystoneClient, so that dashboards which
  // only use hooks do not bundle every method of the class; the view is made here, on demand.
  return KeystoneClient.from(client)
}
