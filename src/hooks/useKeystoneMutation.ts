'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { HttpClient, KeystoneError, SessionKey } from '../client/index.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { type FormErrors, getFieldErrors } from './fieldErrors.ts'
import type { WriteSettings } from './keystoneMutations.ts'
import type { KeystoneMutationOptions, MutationHookOptions } from './types.ts'

/** What a write hook returns: TanStack's mutation result plus the 400's field errors, form-ready. */
export type KeystoneMutationResult<TData, TVariables, TBody = unknown> = UseMutationResult<TData, KeystoneError, TVariables, unknown> & {
  /** Field errors of a refused write (400), one message per field; `{}` otherwise. */
  fieldErrors: FormErrors<TBody>
}

/** What `onMutate` hands to the other callbacks: the session the write started in, and the factory's own result. */
interface Started<TContext> {
  session: SessionKey
  saved: TContext | undefined
}

/**
 * `useMutation` over a Keystone mutation factory, in the provider's query client, with the
 * caller's `onSuccess`/`onError`/`onSettled` run after the factory's cache updates (and given the
 * factory's `onMutate` result, as if they were the factory's own). @internal
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
  // The factory's cache updates run only while the session the write started in is still the
  // client's: after a change of user the previous user's answer (or rollback) must not land in
  // the cache, which now holds the next user's queries.
  const inSession = (started: Started<TContext> | undefined): boolean => !started || started.session === client.sessionKey
  const result = useMutation<TData, KeystoneError, TVariables, Started<TContext>>(
    {
      ...rest,
      ...base,
      onMutate: async (variables, context) => ({ session: client.sessionKey, saved: await base.onMutate?.(variables, context) }),
      onSuccess: async (data, variables, started, context) => {
        // TanStack calls `onSuccess` only after `onMutate` returned, so `saved` is the factory's result.
        if (inSession(started)) await base.onSuccess?.(data, variables, started.saved!, context)
        await onSuccess?.(data, variables, started.saved, context)
      },
      onError: async (error, variables, started, context) => {
        if (inSession(started)) await base.onError?.(error, variables, started?.saved, context)
        await onError?.(error, variables, started?.saved, context)
      },
      // Settling always runs: the write ledger checks the session itself and must let the record's next write go.
      onSettled: async (data, error, variables, started, context) => {
        await base.onSettled?.(data, error, variables, started?.saved, context)
        await onSettled?.(data, error, variables, started?.saved, context)
      },
      // Writes never retry: a second POST could create a duplicate.
      retry: false,
    },
    queryClient,
  )
  const fieldErrors = useMemo(() => getFieldErrors<TBody>(result.error), [result.error])
  return { ...result, fieldErrors }
}
