'use client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { HttpClient } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'

/**
 * `useQuery` over a Keystone option factory, in the provider's query client. `hookName` names
 * the hook in the error thrown outside `<KeystoneProvider>`; the caller states the result type. @internal
 */
export function useKeystoneQuery<TResult>(hookName: string, factory: (client: HttpClient) => object, options?: object, defaults?: object): TResult {
  const { client, queryClient } = useKeystoneContext(hookName)
  return useQuery({ ...defaults, ...options, ...factory(client) } as never, queryClient) as TResult
}

/** Keeps the previous page on screen while the next one loads. @internal */
export const keepPrevious: { placeholderData: typeof keepPreviousData } = { placeholderData: keepPreviousData }
