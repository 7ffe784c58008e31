'use client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ChoicesName, ChoicesOf, KeystoneError } from '../client/index.ts'
import type { ChoicesKey } from '../internal/queryKeys.ts'
import { choicesQuery } from './keystoneQueries.ts'
import type { QueryHookOptions } from './types.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useClusterAccessModeChoices(options?)`: `{ code: label }` of an enumerated field, fetched once. */
export type ChoicesHook<C extends ChoicesName> = <TData = ChoicesOf<C>>(
  options?: QueryHookOptions<ChoicesOf<C>, TData, ChoicesKey<C>>,
) => UseQueryResult<TData, KeystoneError>

/** Makes the hook of a choices endpoint. */
export function choicesHook<C extends ChoicesName>(name: C): ChoicesHook<C> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const hookName = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${name}Choices` : ''
  return function useChoices(options) {
    return useKeystoneQuery(hookName, (client) => choicesQuery(client, name, options))
  }
}
