'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneError } from '../client/index.ts'
import type { ServerQueryKey } from '../internal/queryKeys.ts'
import { healthQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

/** Whether every health check of the server passes. */
export function useHealth<TData = boolean>(options?: QueryHookOptions<boolean, TData, ServerQueryKey<'health', boolean>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useHealth', (client) => healthQuery(client, options))
}
