'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneError } from '../client/index.ts'
import type { ServerQueryKey } from '../internal/queryKeys.ts'
import { versionQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

/** The API's version number. */
export function useVersion<TData = string>(options?: QueryHookOptions<string, TData, ServerQueryKey<'version', string>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useVersion', (client) => versionQuery(client, options))
}
