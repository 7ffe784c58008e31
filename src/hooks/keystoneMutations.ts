import type { MutationFunctionContext } from '@tanstack/react-query'
import type {
  CreateBodyOf,
  CreateOptions,
  CrudResource,
  HttpClient,
  PatchableResource,
  PatchBodyOf,
  RecordOf,
  ReplaceBodyOf,
  ResourceName,
  UpdatedRecordOf,
  WithData,
} from '../client/index.ts'
import { create, remove, replace, update } from '../client/operations.ts'
import { dropRecord, invalidateCollections, mergeRecord, refetchInFlight, restore, type Snapshot, snapshot } from './cacheUpdates.ts'
import { detailKey, isStatsKey, resourceKey } from './keystoneKeys.ts'
import type { KeystoneMutationOptions } from './types.ts'

/** Options of the mutation factories. */
export interface WriteSettings {
  /** Apply the change to the cache at once; roll it back exactly if the server refuses. @default false */
  optimistic?: boolean
  /** Per-call options of `create` (files, upload progress). @internal */
  createOptions?: CreateOptions
}

/** Variables of a delete mutation. */
export interface DeleteVariables {
  /** Primary key of the record to delete. */
  pk: number
}

/** The mutation-options factories; each keeps the cache true after the write. */
export interface KeystoneMutations {
  /** POST: writes the new record to its detail entry and invalidates the resource's lists. */
  create<R extends CrudResource>(client: HttpClient, resource: R, settings?: WriteSettings): KeystoneMutationOptions<RecordOf<R>, CreateBodyOf<R>>
  /** PATCH: merges the answer into the detail entry and every cached list page holding the record. */
  update<R extends PatchableResource>(
    client: HttpClient,
    resource: R,
    settings?: WriteSettings,
  ): KeystoneMutationOptions<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, Snapshot | undefined>
  /** PUT: like `update`. */
  replace<R extends CrudResource>(
    client: HttpClient,
    resource: R,
    settings?: WriteSettings,
  ): KeystoneMutationOptions<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, Snapshot | undefined>
  /** DELETE: removes the record from cached lists and marks its detail entry `null`. */
  delete<R extends CrudResource>(
    client: HttpClient,
    resource: R,
    settings?: WriteSettings,
  ): KeystoneMutationOptions<void, DeleteVariables, Snapshot | undefined>
}

type Context = MutationFunctionContext

/** onMutate/onError of an optimistic write; `apply` changes the cache at once. */
function optimism<TVariables extends { pk: number }>(
  client: HttpClient,
  resource: ResourceName,
  enabled: boolean | undefined,
  apply: (context: Context, variables: TVariables) => void,
) {
  return {
    onMutate: async (variables: TVariables, context: Context): Promise<Snapshot | undefined> => {
      if (!enabled) return undefined
      const saved = await snapshot(context.client, client, resource)
      apply(context, variables)
      return saved
    },
    onError: (_error: unknown, _variables: TVariables, saved: Snapshot | undefined, context: Context): void =>
      restore(context.client, saved),
  }
}

/** `update` (PATCH) and `replace` (PUT), which share this signature at run time. */
type PutOrPatch = (client: HttpClient, resource: never, pk: number, data: never) => Promise<object>

/** A mutation key: the resource's query key plus the operation. */
function writeKey(client: HttpClient, resource: ResourceName, op: string): readonly unknown[] {
  return ['keystone', client.baseUrl, resource, op]
}

function updateOptions(client: HttpClient, resource: ResourceName, op: 'update' | 'replace', send: PutOrPatch, settings: WriteSettings = {}) {
  return {
    mutationKey: writeKey(client, resource, op),
    mutationFn: ({ pk, data }: WithData<object>) => send(client, resource as never, pk, data as never),
    ...optimism(client, resource, settings.optimistic, ({ client: cache }, { pk, data }: WithData<object>) =>
      mergeRecord(cache, client, resource, pk, data),
    ),
    onSuccess: (record: object, { pk }: WithData<object>, _saved: unknown, { client: cache }: Context): void => {
      mergeRecord(cache, client, resource, pk, record)
      void refetchInFlight(cache, client, resource)
      void invalidateStats(cache, client, resource)
    },
  } as never
}

function invalidateStats(cache: Context['client'], client: HttpClient, resource: ResourceName): Promise<void> {
  return cache.invalidateQueries({ queryKey: resourceKey(client, resource), predicate: (query) => isStatsKey(query.queryKey) })
}

// One function per factory, so a bundle holds only the writes its hooks use; `keystoneMutations` gathers them.

/** `keystoneMutations.create`. @internal */
export const createMutation: KeystoneMutations['create'] = (client, resource, settings = {}) => ({
  mutationKey: writeKey(client, resource, 'create'),
  mutationFn: (data) => create(client, resource, data, settings.createOptions),
  onSuccess: (record, _data, _saved, { client: cache }) => {
    cache.setQueryData(detailKey(client, resource, (record as { id: number }).id), record)
    // Not awaited: the write is done when the server says so, not when the lists are refetched.
    void invalidateCollections(cache, client, resource)
  },
})

/** `keystoneMutations.update`. @internal */
export const updateMutation: KeystoneMutations['update'] = (client, resource, settings) => updateOptions(client, resource, 'update', update as PutOrPatch, settings)

/** `keystoneMutations.replace`. @internal */
export const replaceMutation: KeystoneMutations['replace'] = (client, resource, settings) => updateOptions(client, resource, 'replace', replace as PutOrPatch, settings)

/** `keystoneMutations.delete`. @internal */
export const deleteMutation: KeystoneMutations['delete'] = (client, resource, settings = {}) => ({
  mutationKey: writeKey(client, resource, 'delete'),
  mutationFn: ({ pk }) => remove(client, resource, pk),
  ...optimism(client, resource, settings.optimistic, ({ client: cache }, { pk }: DeleteVariables) => dropRecord(cache, client, resource, pk)),
  onSuccess: (_nothing, { pk }, _saved, { client: cache }) => {
    dropRecord(cache, client, resource, pk)
    void refetchInFlight(cache, client, resource)
    void invalidateCollections(cache, client, resource)
  },
})

/**
 * Mutation options for every Keystone write; the `useCreate*`, `useUpdate*`... hooks wrap these.
 * @example
 * const { mutate } = useMutation(keystoneMutations.update(client, 'clusters', { optimistic: true }))
 * mutate({ pk: 1, data: { enabled: false } })
 */
export const keystoneMutations: KeystoneMutations = {
  create: createMutation,
  update: updateMutation,
  replace: replaceMutation,
  delete: deleteMutation,
}
