import type { KeystoneUser } from '../client/index.ts'

/** The session user: `undefined` while unknown, `null` when anonymous. @internal */
export type UserState = KeystoneUser | null | undefined

/**
 * The session user outside React state, read with `useSyncExternalStore`, so that a change of
 * user renders at the priority of a cache update. @internal
 */
export interface UserStore {
  get: () => UserState
  set: (user: UserState) => void
  subscribe: (listener: () => void) => () => void
}

/** A store holding `initial` until set. @internal */
export function createUserStore(initial: UserState): UserStore {
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
