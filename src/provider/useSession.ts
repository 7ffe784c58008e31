'use client'
import { useContext } from 'react'
import type { KeystoneClient } from '../client/index.ts'
import { type KeystoneSession, SessionContext, useKeystoneContext } from './KeystoneContext.ts'

/**
 * The login session: `{ status: 'loading' | 'authenticated' | 'anonymous', user, cid }`.
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useSession(): KeystoneSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession must be called inside <KeystoneProvider>')
  return session
}

/** Whether a user is logged in (`false` while the session is still loading). */
export function useIsAuthenticated(): boolean {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useIsAuthenticated must be called inside <KeystoneProvider>')
  return session.status === 'authenticated'
}

/**
 * The `KeystoneClient` shared by the provider, for calls outside the hooks.
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useKeystoneClient(): KeystoneClient {
  return useKeystoneContext('useKeystoneClient').client
}
