'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ChoicesName, ChoicesOf, KeystoneConfig, KeystoneError, StatsFiltersOf, StatsName, StatsOf } from '../client/index.ts'
import { choicesQuery, configQuery, healthQuery, statsQuery, versionQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'
import type { ChoicesKey, ServerQueryKey, StatsKey } from '../internal/queryKeys.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useClusterAccessModeChoices(options?)`: `{ code: label }` of an enumerated field, fetched once. */
export type ChoicesHook<C extends ChoicesName> = <TData = ChoicesOf<C>>(
  options?: QueryHookOptions<ChoicesOf<C>, TData, ChoicesKey<C>>,
) => UseQueryResult<TData, KeystoneError>
/** `useGrantStats(filters?, options?)`: statistics over the matching records. */
export type StatsHook<S extends StatsName> = <TData = StatsOf<S>>(
  filters?: StatsFiltersOf<S>,
  options?: QueryHookOptions<StatsOf<S>, TData, StatsKey<S>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the hook of a choices endpoint. */
export function choicesHook<C extends ChoicesName>(name: C): ChoicesHook<C> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const hookName = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${name}Choices` : ''
  return function useChoices(options) {
    return useKeystoneQuery(hookName, (client) => choicesQuery(client, name, options))
  }
}

/** Makes the hook of a stats endpoint. */
export function statsHook<S extends StatsName>(name: S): StatsHook<S> {
  const hookName = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${name}Stats` : ''
  return function useStats(filters, options) {
    return useKeystoneQuery(hookName, (client) => statsQuery(client, name, filters, options))
  }
}

/** Server configuration (upload limits, session age...). */
export function useConfig<TData = KeystoneConfig>(options?: QueryHookOptions<KeystoneConfig, TData, ServerQueryKey<'config', KeystoneConfig>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useConfig', (client) => configQuery(client, options))
}

/** The API's version number. */
export function useVersion<TData = string>(options?: QueryHookOptions<string, TData, ServerQueryKey<'version', string>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useVersion', (client) => versionQuery(client, options))
}

/** Whether every health check of the server passes. */
export function useHealth<TData = boolean>(options?: QueryHookOptions<boolean, TData, ServerQueryKey<'health', boolean>>): UseQueryResult<TData, KeystoneError> {
  return useKeystoneQuery('useHealth', (client) => healthQuery(client, options))
}
