'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { KeystoneError, KeystoneUser } from '../client/index.ts'
import { login } from '../client/operations.ts'
import { actionKey } from '../internal/queryKeys.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { type FormErrors, getFieldErrors, getFormErrors } from './fieldErrors.ts'

/** Username and password for `useLogin`. */
export interface Credentials {
  username: string
  password: string
}

/** What `useLogin` returns: TanStack's mutation result plus the refusal's messages, form-ready. */
export type LoginResult = UseMutationResult<KeystoneUser, KeystoneError, Credentials> & {
  /** Messages of a refused login (400) by field (`username`, `password`, `non_field_errors`), one per field; `{}` otherwise. */
  fieldErrors: FormErrors<Credentials>
  /** Messages for the top of the form, tied to no field: "Invalid username or password.", a throttle or network error; `[]` when none. */
  formErrors: string[]
}

/**
 * Logs in; on success the session holds the user (a different user than before clears the cache).
 * Wrong credentials fail with a `KeystoneHttpError` 400 whose `message` is the server's
 * ("Invalid username or password."), also in `formErrors`.
 */
export function useLogin(): LoginResult {
  const { client, queryClient, setUser } = useKeystoneContext('useLogin')
  const result = useMutation(
    {
      mutationKey: actionKey(client, 'login'),
      mutationFn: (credentials: Credentials) => login(client, credentials),
      onSuccess: (user) => setUser(user),
      retry: false,
    },
    queryClient,
  )
  const { error } = result
  const messages = useMemo(() => ({ fieldErrors: getFieldErrors<Credentials>(error), formErrors: getFormErrors(error) }), [error])
  return { ...result, ...messages }
}
