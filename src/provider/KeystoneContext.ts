'use client'
import type { QueryClient } from '@tanstack/react-query'
import { type Context, createContext, useContext } from 'react'
import type { HttpClient, KeystoneUser, SessionKey } from '../client/index.ts'

/** Where the session stands: resolving (`loading`), logged in, or not. */
export type SessionStatus = 'loading' | 'authenticated' | 'anonymous'

/** The session held by `<KeystoneProvider>`. */
export interface KeystoneSession {
  /** `loading` until `whoami` answers on mount. */
  status: SessionStatus
  /** The logged-in user; `null` when anonymous or still loading. */
  user: KeystoneUser | null
  /** Correlation id the client sends with every request (`X-KEYSTONE-CID`). */
  cid: string
}

/** What the provider shares with the hooks. @internal */
export interface KeystoneContextValue {
  client: HttpClient
  queryClient: QueryClient
  /** Sets the session user; a different user (or none) clears every Keystone query first. */
  setUser: (user: KeystoneUser | null) => void
  /** The client's session key when the value was made: a new value (and new keys) per user. */
  sessionKey: SessionKey
}

/** @internal */
export const KeystoneContext: Context<KeystoneContextValue | null> = /* @__PURE__ */ createContext<KeystoneContextValue | null>(null)
/** @internal */
export const SessionContext: Context<KeystoneSession | null> = /* @__PURE__ */ createContext<KeystoneSession | null>(null)

/**
 * The provider's client, query client and session setter.
 * @throws {Error} naming the hook when called outside `<KeystoneProvider>`.
 * @internal
 */
export function useKeystoneContext(hookName: string): KeystoneContextValue {
  const value = useContext(KeystoneContext)
  if (!value) throw new Error(`${hookName} must be called inside <KeystoneProvider>`)
  return value
}
