'use client'
import { useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query'
import type { HttpClient, KeystoneError } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import type { KeystoneQueryOptions } from './types.ts'

/**
 * `useQuery` over a Keystone query factory, with the provider's client and query client.
 * `hookName` names the hook in the error thrown outside `<KeystoneProvider>`. @internal
 */
export function useKeystoneQuery<TData, TKey extends QueryKey, TSelected>(
  hookName: string,
  factory: (client: HttpClient) => KeystoneQueryOptions<TData, TKey, TSelected>,
): UseQueryResult<TSelected, KeystoneError> {
  const { client, queryClient } = useKeystoneContext(hookName)
  return useQuery(factory(client), queryClient)
}
