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

/** Runs the factory's cache update, then the caller's callback. */
function chain<TArgs extends unknown[]>(first?: (...args: TArgs) => unknown, then?: (...args: TArgs) => unknown): (...args: TArgs) => Promise<void> {
  return async (...args) => {
    await first?.(...args)
    await then?.(...args)
  }
}

/**
 * `useMutation` over a Keystone mutation factory, in the provider's query client, with the
 * caller's `onSuccess`/`onError`/`onSettled` run after the factory's cache updates. @internal
 */
export function useKeystoneMutation<TData, TVariables, TContext, TBody = unknown>(
  hookName: string,
  factory: (client: HttpClient, settings: WriteSettings) => KeystoneMutationOptions<TData, TVariables, TContext>,
  options: MutationHookOptions<TData, TVariables> = {},
  settings?: WriteSettings,
): KeystoneMutationResult<TData, TVariables, TBody> {
  const { client, queryClient } = useKeystoneContext(hookName)
  const { optimistic, onSuccess, onError, onSettled, ...rest } = options
  const base = factory(client, { ...settings, optimistic })
  const result = useMutation<TData, KeystoneError, TVariables, TContext>(
    {
      ...rest,
      ...base,
      onSuccess: chain(base.onSuccess, onSuccess),
      onError: chain(base.onError, onError),
      onSettled: chain(base.onSettled, onSettled),
      // Writes never retry: a second POST could create a duplicate.
      retry: false,
    },
    queryClient,
  )
  const fieldErrors = useMemo(() => getFieldErrors<TBody>(result.error), [result.error])
  return { ...result, fieldErrors }
}
