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
import { invalidateCollections, refetchInFlight } from './cacheUpdates.ts'
import { detailKey, isNarrowedListKey, isStatsKey, resourceKey } from './keystoneKeys.ts'
import { answerWrite, awaitTurn, beginWrite, settleWrite, type Ticket, type WriteKind } from './pendingWrites.ts'
import type { KeystoneMutationOptions } from './types.ts'

/** Options of the mutation factories. */
export interface WriteSettings {
  /**
   * Show the change in the cache at once. A refused write takes back only its own change: the
   * cache shows the server's last answer with the other pending changes on top. @default false
   */
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
  ): KeystoneMutationOptions<UpdatedRecordOf<R>, WithData<PatchBodyOf<R>>, Ticket>
  /** PUT: like `update`. */
  replace<R extends CrudResource>(
    client: HttpClient,
    resource: R,
    settings?: WriteSettings,
  ): KeystoneMutationOptions<UpdatedRecordOf<R>, WithData<ReplaceBodyOf<R>>, Ticket>
  /** DELETE: removes the record from cached lists and marks its detail entry `null`. */
  delete<R extends CrudResource>(
    client: HttpClient,
    resource: R,
    settings?: WriteSettings,
  ): KeystoneMutationOptions<void, DeleteVariables, Ticket>
}

type Context = MutationFunctionContext

/**
 * The ledger side of a write to one record: `onMutate` queues it behind the earlier writes of
 * the record (showing `change` at once when optimistic), `mutationFn` waits for its turn, and
 * the answer rebases the record's pending changes.
 */
function ledgered<TVariables extends { pk: number }, TData>(
  client: HttpClient,
  resource: ResourceName,
  kind: WriteKind,
  change: ((variables: TVariables) => object | null) | undefined,
  send: (variables: TVariables) => Promise<TData>,
  confirmed: (answer: TData) => object | null,
) {
  return {
    onMutate: (variables: TVariables, { client: cache }: Context): Ticket =>
      beginWrite(cache, client, variables, { kind, resource, pk: variables.pk, change: change?.(variables) }),
    mutationFn: async (variables: TVariables): Promise<TData> => {
      await awaitTurn(variables, client)
      return send(variables)
    },
    onError: (_error: unknown, _variables: TVariables, ticket: Ticket | undefined, { client: cache }: Context): void => {
      if (ticket) answerWrite(cache, client, ticket, undefined)
    },
    onSettled: (_data: unknown, _error: unknown, _variables: TVariables, ticket: Ticket | undefined, { client: cache }: Context): void => {
      if (ticket) settleWrite(cache, client, ticket)
    },
    answer: (answer: TData, ticket: Ticket | undefined, cache: Context['client']): void => {
      if (ticket) answerWrite(cache, client, ticket, confirmed(answer))
    },
  }
}

/** `update` (PATCH) and `replace` (PUT), which share this signature at run time. */
type PutOrPatch = (client: HttpClient, resource: never, pk: number, data: never) => Promise<object>

/** A mutation key: the resource's query key plus the operation. */
function writeKey(client: HttpClient, resource: ResourceName, op: string): readonly unknown[] {
  return ['keystone', client.baseUrl, resource, op]
}

function updateOptions(client: HttpClient, resource: ResourceName, op: 'update' | 'replace', send: PutOrPatch, settings: WriteSettings = {}) {
  const { answer, ...write } = ledgered(
    client,
    resource,
    op,
    settings.optimistic ? ({ data }: WithData<object>) => data : undefined,
    ({ pk, data }: WithData<object>) => send(client, resource as never, pk, data as never),
    (record: object) => record,
  )
  return {
    mutationKey: writeKey(client, resource, op),
    ...write,
    onSuccess: (record: object, _variables: WithData<object>, ticket: Ticket | undefined, { client: cache }: Context): void => {
      answer(record, ticket, cache)
      void refetchInFlight(cache, client, resource)
      void invalidateAfterEdit(cache, client, resource)
    },
  } as never
}

/**
 * Marks stale (refetching what is shown) what merging the edited record cannot keep true: the
 * stats, and the lists whose params go beyond paging (filters, search, order), which the record
 * may have left or moved in (a cluster disabled no longer belongs in `enabled=true`). Plain
 * pages keep the merge alone.
 */
function invalidateAfterEdit(cache: Context['client'], client: HttpClient, resource: ResourceName): Promise<void> {
  return cache.invalidateQueries({
    queryKey: resourceKey(client, resource),
    predicate: ({ queryKey }) => isStatsKey(queryKey) || isNarrowedListKey(queryKey),
  })
}

// One function per factory, so a bundle holds only the writes its hooks use; `keystoneMutations` gathers them.

/** `keystoneMutations.create`. @internal */
export const createMutation: KeystoneMutations['create'] = (client, resource, settings = {}) => ({
  mutationKey: writeKey(client, resource, 'create'),
  // Counted as pending (`usePendingWrites`); a new record has no earlier writes to wait for.
  onMutate: (data, { client: cache }) => beginWrite(cache, client, data as object, { kind: 'create', resource, pk: undefined, change: undefined }),
  mutationFn: async (data) => {
    await awaitTurn(data as object, client)
    return create(client, resource, data, settings.createOptions)
  },
  onSuccess: (record, _data, _saved, { client: cache }) => {
    cache.setQueryData(detailKey(client, resource, (record as { id: number }).id), record)
    // Not awaited: the write is done when the server says so, not when the lists are refetched.
    void invalidateCollections(cache, client, resource)
  },
  onSettled: (_record, _error, _data, ticket, { client: cache }) => settleWrite(cache, client, ticket as Ticket),
})

/** `keystoneMutations.update`. @internal */
export const updateMutation: KeystoneMutations['update'] = (client, resource, settings) => updateOptions(client, resource, 'update', update as PutOrPatch, settings)

/** `keystoneMutations.replace`. @internal */
export const replaceMutation: KeystoneMutations['replace'] = (client, resource, settings) => updateOptions(client, resource, 'replace', replace as PutOrPatch, settings)

/** `keystoneMutations.delete`. @internal */
export const deleteMutation: KeystoneMutations['delete'] = (client, resource, settings = {}) => {
  const { answer, ...write } = ledgered(
    client,
    resource,
    'delete',
    settings.optimistic ? () => null : undefined,
    ({ pk }: DeleteVariables) => remove(client, resource, pk),
    () => null,
  )
  return {
    mutationKey: writeKey(client, resource, 'delete'),
    ...write,
    onSuccess: (_nothing, _variables, ticket, { client: cache }) => {
      answer(undefined, ticket, cache)
      void refetchInFlight(cache, client, resource)
      void invalidateCollections(cache, client, resource)
    },
  }
}

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
