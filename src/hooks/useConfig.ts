'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneConfig, KeystoneError } from '../client/index.ts'
import type { ServerQueryKey } from '../internal/queryKeys.ts'
import { configQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

/** Server configuration (upload limits, session age...). */
export function useConfig<TData = KeystoneConfig>(options?: QueryHookOptions<KeystoneConfig, TData, ServerQueryKey<'config', KeystoneConfig>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useConfig', (client) => configQuery(client, options))
}
