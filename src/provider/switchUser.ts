import type { QueryClient } from '@tanstack/react-query'
import type { HttpClient, KeystoneUser } from '../client/index.ts'
import { clearKeystoneQueries } from './clearKeystoneQueries.ts'
import type { UserStore } from './createUserStore.ts'

/**
 * Sets the session user. Once the session is known, another user (or none) moves the client to
 * a new session key and clears the server's queries. Returns whether the user changed. @internal
 */
export function switchUser(client: HttpClient, queryClient: QueryClient, store: UserStore, next: KeystoneUser | null): boolean {
  const previous = store.get()
  const changed = previous !== undefined && previous?.id !== next?.id
  if (changed) {
    // Keys carry the session: the next render moves every mounted hook to the new user's
    // queries (which fetch), and nothing of the previous user can land where they read.
    client.setSessionKey(next?.id ?? 'anonymous')
    clearKeystoneQueries(queryClient, client.baseUrl)
  }
  store.set(next)
  return changed
}
