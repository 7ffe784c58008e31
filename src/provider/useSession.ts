'use client'
import { useContext } from 'react'
import type { KeystoneClient } from '../client/index.ts'
import { type KeystoneSession, SessionContext, useKeystoneContext } from './KeystoneContext.ts'

function useSessionContext(hookName: string): KeystoneSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error(`${hookName} must be called inside <KeystoneProvider>`)
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
 * The `KeystoneClient` shared by the provider, for calls outside the hooks.
 * @throws {Error} when called outside `<KeystoneProvider>`.
 */
export function useKeystoneClient(): KeystoneClient {
  return useKeystoneContext('useKeystoneClient').client
}
