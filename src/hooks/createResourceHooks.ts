'use client'
import { type InfiniteData, useQueries, type UseInfiniteQueryResult, type UseQueryResult } from '@tanstack/react-query'
import {
  type CreateBodyOf,
  type CrudResource,
  type DetailResource,
  type KeystoneClient,
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
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { keystoneMutations, type DeleteVariables, type WriteSettings } from './keystoneMutations.ts'
import { keystoneQueries } from './keystoneQueries.ts'
import { byIdQuery } from './loadByIds.ts'
import type { InfiniteHookOptions, MutationHookOptions, QueryHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'
import { keepPrevious, useKeystoneInfinite, useKeystoneQuery } from './useKeystoneQuery.ts'

/** `useClusters(params?, options?)`: one page; the previous page stays on screen while the next loads. */
export type ListHook<R extends ResourceName> = <TData = PageOf<R>>(
  params?: ListParams<R>,
  options?: QueryHookOptions<PageOf<R>, TData>,
) => UseQueryResult<TData, KeystoneError>
/** `useInfiniteClusters(params?, options?)`: offset pages, `fetchNextPage()` until `next` is null. */
export type InfiniteHook<R extends ResourceName> = <TData = InfiniteData<PageOf<R>, number>>(
  params?: ListParams<R>,
  options?: InfiniteHookOptions<R, TData>,
) => UseInfiniteQueryResult<TData, KeystoneError>
/** `useCluster(pk, options?)`: one record (`null` when not found); disabled while `pk` is undefined. */
export type DetailHook<R extends DetailResource> = <TData = RecordOf<R> | null>(
  pk: number | undefined,
  options?: QueryHookOptions<RecordOf<R> | null, TData>,
) => UseQueryResult<TData, KeystoneError>
/** `useClustersByIds(ids)`: the records, merged into one `id__in=` request per tick and resource. */
export type ByIdsHook<R extends DetailResource> = (ids: readonly number[] | undefined, options?: ByIdsOptions) => ByIdsResult<RecordOf<R>>
/** A write hook: `useCreateCluster(options?)`... */
export type WriteHook<TData, TVariables, TBody> = (options?: MutationHookOptions<TData, TVariables>) => KeystoneMutationResult<TData, TVariables, TBody>

/** Options of a by-ids hook. */
export interface ByIdsOptions {
  /** Set `false` to wait. @default true */
  enabled?: boolean
  /** Milliseconds the records stay fresh. @default 0 */
  staleTime?: number
}

/** What a by-ids hook returns. */
export interface ByIdsResult<TRecord> {
  /** The records found, in the order of `ids` (ids not visible to the user are left out). */
  data: TRecord[]
  /** True until every id has been loaded once. */
  isPending: boolean
  /** True while any id is being fetched. */
  isFetching: boolean
  /** True when a request failed. */
  isError: boolean
  /** The first error, or `null`. */
  error: KeystoneError | null
}

/** Makes the one-page list hook of a resource. */
export function listHook<R extends ResourceName>(resource: R): ListHook<R> {
  const name = `use${resources[resource].many}`
  return function useList(params, options) {
    return useKeystoneQuery(name, (client) => keystoneQueries.list(client, resource, params), options, keepPrevious)
  }
}

/** Makes the infinite list hook of a resource. */
export function infiniteHook<R extends ResourceName>(resource: R): InfiniteHook<R> {
  const name = `useInfinite${resources[resource].many}`
  return function useInfinite(params, options) {
    return useKeystoneInfinite(name, (client) => keystoneQueries.infinite(client, resource, params), options)
  }
}

/** Makes the one-record hook of a resource. */
export function detailHook<R extends DetailResource>(resource: R): DetailHook<R> {
  const name = `use${resources[resource].one}`
  return function useDetail(pk, options) {
    // pk is checked by `enabled`, so the key of an undefined pk is never fetched.
    const enabled = pk === undefined ? false : options?.enabled
    return useKeystoneQuery(name, (client) => keystoneQueries.detail(client, resource, pk as number), { ...options, enabled })
  }
}

/** Makes the by-ids hook of a resource. */
export function byIdsHook<R extends DetailResource>(resource: R): ByIdsHook<R> {
  const name = `use${resources[resource].many}ByIds`
  return function useByIds(ids, options) {
    const { client, queryClient } = useKeystoneContext(name)
    const unique = [...new Set(ids)]
    const results = useQueries({ queries: unique.map((pk) => ({ ...options, ...byIdQuery(client, resource, pk) })) }, queryClient)
    return {
      data: results.flatMap((result) => (result.data ? [result.data] : [])),
      isPending: results.some((result) => result.isPending),
      isFetching: results.some((result) => result.isFetching),
      isError: results.some((result) => result.isError),
      error: results.find((result) => result.error)?.error ?? null,
    }
  }
}

type WriteOp = 'create' | 'update' | 'replace' | 'delete'

/** Makes `use${Op}${one}` over the matching mutation factory. */
function writeHook(op: WriteOp, resource: CrudResource): WriteHook<never, never, never> {
  const name = `use${op[0]!.toUpperCase()}${op.slice(1)}${resources[resource].one}`
  // The four factories share one signature at run time; their precise types are the callers'.
  const factory = keystoneMutations[op] as (client: KeystoneClient, resource: CrudResource, settings?: WriteSettings) => never
  return function useWrite(options) {
    return useKeystoneMutation(name, (client, settings) => factory(client, resource, settings), options as never)
  }
}

/** Makes `useCreate${one}`. */
export function createHook<R extends CrudResource>(resource: R): WriteHook<RecordOf<R>, CreateBodyOf<R>, CreateBodyOf<R>> {
  return writeHook('create', resource) as never
}

/** Makes `useUpdate${one}` (PATCH). */
export function updateHook<R extends PatchableResource>(
  resource: R,
): WriteHook<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, PatchBodyOf<R>> {
  return writeHook('update', resource as CrudResource) as never
}

/** Makes `useReplace${one}` (PUT). */
export function replaceHook<R extends CrudResource>(
  resource: R,
): WriteHook<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, ReplaceBodyOf<R>> {
  return writeHook('replace', resource) as never
}

/** Makes `useDelete${one}`. */
export function deleteHook<R extends CrudResource>(resource: R): WriteHook<void, DeleteVariables, unknown> {
  return writeHook('delete', resource) as never
}
