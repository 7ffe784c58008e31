'use client'
import type { UseQueryResult } from '@tanstack/react-query'
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
import type { MutationHookOptions, QueryHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'
import { keepPrevious, useKeystoneQuery } from './useKeystoneQuery.ts'

/** `useClusters(params?, options?)`: one page; the previous page stays on screen while the next loads. */
export type ListHook<R extends ResourceName> = <TData = PageOf<R>>(
  params?: ListParams<R>,
  options?: QueryHookOptions<PageOf<R>, TData>,
) => UseQueryResult<TData, KeystoneError>
/** `useCluster(pk, options?)`: one record (`null` when not found); disabled while `pk` is undefined. */
export type DetailHook<R extends DetailResource> = <TData = RecordOf<R> | null>(
  pk: number | undefined,
  options?: QueryHookOptions<RecordOf<R> | null, TData>,
) => UseQueryResult<TData, KeystoneError>
/** A write hook: `useCreateCluster(options?)`... */
export type WriteHook<TData, TVariables, TBody> = (options?: MutationHookOptions<TData, TVariables>) => KeystoneMutationResult<TData, TVariables, TBody>

/** Makes the one-page list hook of a resource. */
export function listHook<R extends ResourceName>(resource: R): ListHook<R> {
  const name = `use${resources[resource].many}`
  return function useList(params, options) {
    return useKeystoneQuery(name, (client) => listQuery(client, resource, params), options, keepPrevious)
  }
}

/** Makes the one-record hook of a resource. */
export function detailHook<R extends DetailResource>(resource: R): DetailHook<R> {
  const name = `use${resources[resource].one}`
  return function useDetail(pk, options) {
    // pk is checked by `enabled`, so the key of an undefined pk is never fetched.
    const enabled = pk === undefined ? false : options?.enabled
    // Opened from a list, the record starts from its cached row (no request while the list is fresh).
    const seed = useListSeed(name, resource, pk)
    return useKeystoneQuery(name, (client) => detailQuery(client, resource, pk as number), { ...seed, ...options, enabled })
  }
}

/** A mutation factory, as the write hooks call it. */
type WriteFactory = (client: HttpClient, resource: never, settings?: WriteSettings) => unknown

/** Makes `use${op}${one}` over a mutation factory. */
function writeHook(op: string, factory: WriteFactory, resource: CrudResource): WriteHook<never, never, never> {
  const name = `use${op}${resources[resource].one}`
  return function useWrite(options) {
    return useKeystoneMutation(name, (client, settings) => factory(client, resource as never, settings) as never, options as never)
  }
}

/** Makes `useCreate${one}`. */
export function createHook<R extends CrudResource>(resource: R): WriteHook<RecordOf<R>, CreateBodyOf<R>, CreateBodyOf<R>> {
  return writeHook('Create', createMutation, resource) as never
}

/** Makes `useUpdate${one}` (PATCH). */
export function updateHook<R extends PatchableResource>(
  resource: R,
): WriteHook<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, PatchBodyOf<R>> {
  return writeHook('Update', updateMutation, resource as CrudResource) as never
}

/** Makes `useReplace${one}` (PUT). */
export function replaceHook<R extends CrudResource>(
  resource: R,
): WriteHook<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, ReplaceBodyOf<R>> {
  return writeHook('Replace', replaceMutation, resource) as never
}

/** Makes `useDelete${one}`. */
export function deleteHook<R extends CrudResource>(resource: R): WriteHook<void, DeleteVariables, unknown> {
  return writeHook('Delete', deleteMutation, resource) as never
}
