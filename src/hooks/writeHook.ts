'use client'
import {
  type CreateBodyOf,
  type CrudResource,
  type HttpClient,
  type PatchableResource,
  type PatchBodyOf,
  type RecordOf,
  type ReplaceBodyOf,
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
import type { KeystoneMutationOptions, MutationHookOptions } from './types.ts'
import { type KeystoneMutationResult, useKeystoneMutation } from './useKeystoneMutation.ts'

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

/** A write hook: `useCreateCluster(options?)`... */
export type WriteHook<TData, TVariables, TBody> = (options?: MutationHookOptions<TData, TVariables>) => KeystoneMutationResult<TData, TVariables, TBody>

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
