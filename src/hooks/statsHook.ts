'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneError, StatsFiltersOf, StatsName, StatsOf } from '../client/index.ts'
import type { StatsKey } from '../internal/queryKeys.ts'
import { statsQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

/** `useGrantStats(filters?, options?)`: statistics over the matching records. */
export type StatsHook<S extends StatsName> = <TData = StatsOf<S>>(
  filters?: StatsFiltersOf<S>,
  options?: QueryHookOptions<StatsOf<S>, TData, StatsKey<S>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the hook of a stats endpoint. */
export function statsHook<S extends StatsName>(name: S): StatsHook<S> {
  const hookName = `use${name}Stats`
  return function useStats(filters, options) {
    return useKeystoneQuery(hookName, (client) => statsQuery(client, name, filters, options))
  }
}
