import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { HttpClient } from '../client/index.ts'
import { isCurrentSessionKey } from '../hooks/keystoneKeys.ts'

/** What a query or a write answered: its `type` (`success`, `error`...), and the data or error. @internal */
export interface CacheAction {
  type: string
  data?: unknown
  error?: unknown
}

/** Calls `listener` for each change of a query of the client's current session; returns the function that stops it. @internal */
export function watchSessionQueries(client: HttpClient, queryClient: QueryClient, listener: (action: CacheAction, key: QueryKey) => void): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    // A previous user's request answered late says nothing of the current session.
    if (event.type === 'updated' && isCurrentSessionKey(event.query.queryKey, client)) listener(event.action, event.query.queryKey)
  })
}
