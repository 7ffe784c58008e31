import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { HttpClient } from '../client/index.ts'
import type { CacheAction } from './watchSessionQueries.ts'

/** Calls `listener` for each change of a write begun in the client's current session; returns the function that stops it. @internal */
export function watchSessionWrites(
  client: HttpClient,
  queryClient: QueryClient,
  listener: (action: CacheAction, key: QueryKey | undefined, variables: unknown) => void,
): () => void {
  return queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated') return
    const { state, options } = event.mutation
    // Writes record the session they began in (their `onMutate` context): a previous user's
    // write refused late must not end or change the current user's session.
    const begun = (state.context as { session?: unknown } | undefined)?.session
    if (begun === undefined || begun === client.sessionKey) listener(event.action, options.mutationKey, state.variables)
  })
}
