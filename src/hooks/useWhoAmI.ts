'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneError, KeystoneUser } from '../client/index.ts'
import type { ServerQueryKey } from '../internal/queryKeys.ts'
import { whoamiQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

/**
 * Asks the server who is logged in (`null` when anonymous). The provider watches every `whoami`
 * answer of its session, so this also brings the session up to date.
 */
export function useWhoAmI<TData = KeystoneUser | null>(
  options?: QueryHookOptions<KeystoneUser | null, TData, ServerQueryKey<'whoami', KeystoneUser | null>>,
): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useWhoAmI', (current) => whoamiQuery(current, options))
}
