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

type Callback = ((...args: never[]) => unknown) | undefined

/** Runs the factory's cache update first, then the caller's callback. */
function chain(first: Callback, then: Callback): Callback {
  if (!first || !then) return first ?? then
  return async (...args) => {
    await first(...args)
    return then(...args)
  }
}

/** What `onMutate` hands to the other callbacks: the session the write started in, and the factory's snapshot. */
interface Started {
  session: SessionKey
  saved: unknown
}

/** Callbacks get `(..., onMutateResult, context)`: the factory's snapshot goes back in its place. */
function unwrap(args: unknown[]): [Started | undefined, unknown[]] {
  const started = args.at(-2) as Started | undefined
  return [started, [...args.slice(0, -2), started?.saved, args.at(-1)]]
}

/** The caller's callback, given the snapshot as before. */
function theirs(callback: Callback): Callback {
  return callback && ((...args: never[]) => (callback as (...values: unknown[]) => unknown)(...unwrap(args)[1]))
}

/**
 * The factory's cache update, run only while the session the write started in is still the
 * client's: after a change of user the previous user's answer (or rollback) must not land in the
 * cache, which now holds the next user's queries.
 */
function inSession(client: HttpClient, update: Callback): Callback {
  if (!update) return undefined
  return (...args: never[]) => {
    const [started, rest] = unwrap(args)
    if (started && started.session !== client.sessionKey) return undefined
    return (update as (...values: unknown[]) => unknown)(...rest)
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
      onMutate: async (variables: unknown, context: unknown): Promise<Started> => ({
        session: client.sessionKey,
        saved: await (base.onMutate as ((variables: unknown, context: unknown) => unknown) | undefined)?.(variables, context),
      }),
      onSuccess: chain(inSession(client, base.onSuccess as Callback), theirs(onSuccess as Callback)),
      onError: chain(inSession(client, base.onError as Callback), theirs(onError as Callback)),
      // Settling always runs: the write ledger checks the session itself and must let the record's next write go.
      onSettled: chain(theirs(base.onSettled as Callback), theirs(onSettled as Callback)),
      // Writes never retry: a second POST could create a duplicate.
      retry: false,
    } as never,
    queryClient,
  )
  const fieldErrors = useMemo(() => getFieldErrors(result.error), [result.error])
  return { ...result, fieldErrors } as TResult
}
