import { notifyManager, type QueryClient } from '@tanstack/react-query'
import { allKey } from '../internal/queryKeys.ts'

/**
 * Removes every query of one Keystone server from the cache. Each query is reset first, so
 * mounted components re-render without its data and no observer keeps the old records (even as
 * `keepPreviousData` placeholder) after a logout or a change of user.
 * @internal
 */
export function clearKeystoneQueries(queryClient: QueryClient, serverId: string): void {
  const queryKey = allKey({ baseUrl: serverId })
  notifyManager.batch(() => {
    for (const query of queryClient.getQueryCache().findAll({ queryKey })) query.reset()
    queryClient.removeQueries({ queryKey })
  })
}
