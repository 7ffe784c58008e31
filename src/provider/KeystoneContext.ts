'use client'
import type { QueryClient } from '@tanstack/react-query'
import { type Context, createContext, useContext } from 'react'
import type { HttpClient, KeystoneUser, SessionKey, TeamRoleCode } from '../client/index.ts'

/** Where the session stands: resolving (`loading`), logged in, or not. */
export type SessionStatus = 'loading' | 'authenticated' | 'anonymous'

/** A team of the session user, with the user's role in it (from `whoami`'s `_membership`). */
export interface SessionTeam {
  /** Team id. */
  id: number
  name: string
  slug: string
  /** The user's role: `OW` owner, `AD` admin, `MB` member. */
  role: TeamRoleCode
  /** Whether the team is active (inactive teams are read-only, and hidden from non-staff). */
  active: boolean
  /** Id of the membership record that gives the role. */
  membership: number
}

/** The session held by `<KeystoneProvider>`. */
export interface KeystoneSession {
  /** `loading` until `whoami` answers on mount. */
  status: SessionStatus
  /** The logged-in user; `null` when anonymous or still loading. */
  user: KeystoneUser | null
  /**
   * Correlation id the client sends with every request (`X-KEYSTONE-CID`). In a server render
   * and its hydration it is `''` unless the provider was given a `cid`.
   */
  cid: string
  /** The user's teams and roles; `[]` when anonymous. Membership writes made through the hooks keep it current. */
  teams: readonly SessionTeam[]
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

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/**
 * The error of a hook called outside `<KeystoneProvider>`. The sentence naming the hook is built
 * only in development (a literal `process.env.NODE_ENV` test bundlers fold); production throws
 * the same `Error` with a short message. @internal
 */
export function outsideProvider(hookName: string): Error {
  return new Error(typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `${hookName} must be called inside <KeystoneProvider>` : 'No KeystoneProvider')
}

/**
 * The provider's client, query client and session setter.
 * @throws {Error} naming the hook when called outside `<KeystoneProvider>`.
 * @internal
 */
export function useKeystoneContext(hookName: string): KeystoneContextValue {
  const value = useContext(KeystoneContext)
  if (!value) throw outsideProvider(hookName)
  return value
}
