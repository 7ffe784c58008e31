'use client'
import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { type BatchAction, type BatchStepResult, type HttpClient, type ResourceName, resources, type SessionKey } from '../client/index.ts'
import { batch } from '../client/operations.ts'
import { actionKey, resourceKey } from '../internal/queryKeys.ts'
import { inSession } from './pendingWrites.ts'
import type { KeystoneMutationOptions, MutationHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'

/** Variables of a batch job. */
export interface BatchVariables {
  /** The actions, run in order in one transaction; later ones may use `@ref{alias.path}`. */
  actions: readonly BatchAction[]
  /** Run everything, then roll back (nothing is kept, the cache is left alone). @default false */
  dryRun?: boolean
  /** Files by multipart field name, referenced as `@file{name}` in payloads. */
  files?: Record<string, Blob>
}

/** Resources a batch wrote to, found by matching each write's path against the resource table. */
export function resourcesTouched(actions: readonly { method: string; path: string }[]): ResourceName[] {
  const touched = new Set<ResourceName>()
  for (const { method, path } of actions) {
    if (method === 'GET') continue
    const normalized = `/${path.replace(/^\/+/, '')}`
    for (const name of Object.keys(resources) as ResourceName[]) if (normalized.includes(`/${resources[name].path}`)) touched.add(name)
  }
  return [...touched]
}

function invalidateTouched(queryClient: QueryClient, client: HttpClient, results: BatchStepResult[], variables: BatchVariables): void {
  if (variables.dryRun) return
  // Resolved paths name the records that `@ref` paths only pointed at. Not awaited: the job is
  // done when the server answers, not when the lists are refetched.
  for (const name of resourcesTouched([...variables.actions, ...results])) {
    void queryClient.invalidateQueries({ queryKey: resourceKey(client, name) })
  }
}

/**
 * Mutation options of an atomic batch job (`POST batch/`). On success every resource the
 * job wrote to is invalidated; a dry run changes nothing.
 */
export function batchMutation(client: HttpClient): KeystoneMutationOptions<BatchStepResult[], BatchVariables, { session: SessionKey }> {
  return mutationOptions({
    mutationKey: actionKey(client, 'batch'),
    // The session the job began in: after a change of user its answer must not touch the next user's cache.
    onMutate: () => ({ session: client.sessionKey }),
    mutationFn: ({ actions, dryRun, files }: BatchVariables) => batch(client, actions, { dryRun, files }),
    onSuccess: (results, variables, started, { client: queryClient }) => {
      if (inSession(started, client)) invalidateTouched(queryClient, client, results, variables)
    },
  })
}

/**
 * Runs an atomic batch job. A failed step rejects with `KeystoneBatchError` (step, status, body).
 * @example
 * const batch = useBatch()
 * batch.mutate({ actions: [{ ref: 'team', method: 'POST', path: '/users/teams/', payload: { name: 'x' } }] })
 */
export function useBatch(
  options?: MutationHookOptions<BatchStepResult[], BatchVariables>,
): KeystoneMutationResult<BatchStepResult[], BatchVariables> {
  return useKeystoneMutation('useBatch', batchMutation, options)
}
