'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { KeystoneError, StatsFiltersOf, StatsName, StatsOf } from '../client/index.ts'
import type { StatsKey } from '../internal/queryKeys.ts'
import { statsQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useGrantStats(filters?, options?)`: statistics over the matching records. */
export type StatsHook<S extends StatsName> = <TData = StatsOf<S>>(
  filters?: StatsFiltersOf<S>,
  options?: QueryHookOptions<StatsOf<S>, TData, StatsKey<S>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the hook of a stats endpoint. */
export function statsHook<S extends StatsName>(name: S): StatsHook<S> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const hookName = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${name}Stats` : ''
  return function useStats(filters, options) {
    return useKeystoneQuery(hookName, (client) => statsQuery(client, name, filters, options))
  }
}
