'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { KeystoneError } from '../client/index.ts'
import { logout } from '../client/operations.ts'
import { actionKey } from '../internal/queryKeys.ts'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'

/** Logs out, then removes every query of this server from the cache. */
export function useLogout(): UseMutationResult<void, KeystoneError, void> {
  const { client, queryClient, setUser } = useKeystoneContext('useLogout')
  return useMutation(
    {
      mutationKey: actionKey(client, 'logout'),
      mutationFn: () => logout(client),
      onSuccess: () => setUser(null),
      retry: false,
    },
    queryClient,
  )
}
