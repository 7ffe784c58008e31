'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { HttpClient, KeystoneError } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { type FormErrors, getFieldErrors } from './fieldErrors.ts'
import type { WriteSettings } from './keystoneMutations.ts'
import type { KeystoneMutationOptions, MutationHookOptions } from './types.ts'

/** What a write hook returns: TanStack's mutation result plus the 400's field errors, form-ready. */
export type KeystoneMutationResult<TData, TVariables, TBody = unknown> = UseMutationResult<TData, KeystoneError, TVariables, unknown> & {
  /** Field errors of a refused write (400), one message per field; `{}` otherwise. */
  fieldErrors: FormErrors<TBody>
}

type Callback = ((...args: never[]) => unknown) | undefined

/** Runs the factory's cache update first, then the caller's callback. */
function chain(first: Callback, then: Callback): Callback {
  if (!first || !then) return first ?? then
  return async (...args) => {
    await first(...args)
    return then(...args)
  }
}

/**
 * `useMutation` over a Keystone mutation factory, in the provider's query client, with the
 * caller's `onSuccess`/`onError`/`onSettled` chained after the cache updates. @internal
 */
export function useKeystoneMutation<TResult>(
  hookName: string,
  factory: (client: HttpClient, settings: WriteSettings) => KeystoneMutationOptions<never, never, never>,
  options: MutationHookOptions<never, never> = {},
  settings?: WriteSettings,
): TResult {
  const { client, queryClient } = useKeystoneContext(hookName)
  const { optimistic, onSuccess, onError, onSettled, ...rest } = options
  const base = factory(client, { ...settings, optimistic })
  const result = useMutation(
    {
      ...rest,
      ...base,
      onSuccess: chain(base.onSuccess as Callback, onSuccess as Callback),
      onError: chain(base.onError as Callback, onError as Callback),
      onSettled: chain(base.onSettled as Callback, onSettled as Callback),
      // Writes never retry: a second POST could create a duplicate.
      retry: false,
    } as never,
    queryClient,
  )
  const fieldErrors = useMemo(() => getFieldErrors(result.error), [result.error])
  return { ...result, fieldErrors } as TResult
}
