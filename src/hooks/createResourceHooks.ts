'use client'
import { keepPreviousData, type UseQueryResult } from '@tanstack/react-query'
import {
  type CreateBodyOf,
  type CrudResource,
  type DetailResource,
  type HttpClient,
  type KeystoneError,
  type ListParams,
  type PageOf,
  type PatchableResource,
  type PatchBodyOf,
  type RecordOf,
  type ReplaceBodyOf,
  type ResourceName,
  resources,
  type UpdatedRecordOf,
  type WithData,
} from '../client/index.ts'
import {
  createMutation,
  type DeleteVariables,
  deleteMutation,
  replaceMutation,
  updateMutation,
  type WriteSettings,
} from './keystoneMutations.ts'
import { detailQuery, listQuery } from './keystoneQueries.ts'
import { useListSeed } from './seedDetails.ts'
import type { KeystoneMutationOptions, MutationHookOptions, QueryHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'
import { useKeystoneQuery } from './useKeystoneQuery.ts'
import type { DetailKey, ListKey } from '../internal/queryKeys.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** `useClusters(params?, options?)`: one page; the previous page stays on screen while the next loads. */
export type ListHook<R extends ResourceName> = <TData = PageOf<R>>(
  params?: ListParams<R>,
  options?: QueryHookOptions<PageOf<R>, TData, ListKey<R>>,
) => UseQueryResult<TData, KeystoneError>
/** `useCluster(pk, options?)`: one record (`null` when not found); disabled while `pk` is undefined. */
export type DetailHook<R extends DetailResource> = <TData = RecordOf<R> | null>(
  pk: number | undefined,
  options?: QueryHookOptions<RecordOf<R> | null, TData, DetailKey<R>>,
) => UseQueryResult<TData, KeystoneError>
/** A write hook: `useCreateCluster(options?)`... */
export type WriteHook<TData, TVariables, TBody> = (options?: MutationHookOptions<TData, TVariables>) => KeystoneMutationResult<TData, TVariables, TBody>

/** Makes the one-page list hook of a resource. */
export function listHook<R extends ResourceName>(resource: R): ListHook<R> {
  // The hook's name only serves the error thrown outside the provider: development builds only.
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${resources[resource].many}` : ''
  return function useList(params, options) {
    return useKeystoneQuery(name, (client) => listQuery(client, resource, params, { placeholderData: keepPreviousData, ...options }))
  }
}

/** Makes the one-record hook of a resource. */
export function detailHook<R extends DetailResource>(resource: R): DetailHook<R> {
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${resources[resource].one}` : ''
  return function useDetail(pk, options) {
    // Opened from a list, the record starts from its cached row (no request while the list is fresh).
    const seed = useListSeed(name, resource, pk)
    // Disabled while pk is undefined, so that key is never fetched.
    return useKeystoneQuery(name, (client) => detailQuery(client, resource, pk ?? NaN, { ...seed, ...options, enabled: pk === undefined ? false : options?.enabled }))
  }
}

/** Makes `use${op}${one}` over a mutation factory. */
function writeHook<R extends PatchableResource, TData, TVariables, TContext, TBody>(
  op: string,
  resource: R,
  factory: (client: HttpClient, resource: R, settings: WriteSettings) => KeystoneMutationOptions<TData, TVariables, TContext>,
): WriteHook<TData, TVariables, TBody> {
  const name = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' ? `use${op}${resources[resource].one}` : ''
  return function useWrite(options) {
    return useKeystoneMutation(name, (client, settings) => factory(client, resource, settings), options)
  }
}

/** Makes `useCreate${one}`. */
export function createHook<R extends CrudResource>(resource: R): WriteHook<RecordOf<R>, CreateBodyOf<R>, CreateBodyOf<R>> {
  return writeHook('Create', resource, createMutation)
}

/** Makes `useUpdate${one}` (PATCH). */
export function updateHook<R extends PatchableResource>(resource: R): WriteHook<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, PatchBodyOf<R>> {
  return writeHook('Update', resource, updateMutation)
}

/** Makes `useReplace${one}` (PUT). */
export function replaceHook<R extends CrudResource>(resource: R): WriteHook<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, ReplaceBodyOf<R>> {
  return writeHook('Replace', resource, replaceMutation)
}

/** Makes `useDelete${one}`. */
export function deleteHook<R extends CrudResource>(resource: R): WriteHook<void, DeleteVariables, unknown> {
  return writeHook('Delete', resource, deleteMutation)
}
