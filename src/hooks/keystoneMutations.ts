import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type {
  ByPk,
  CreateBodyOf,
  CreateOptions,
  CrudResource,
  DetailResource,
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
import { detailKey, isNarrowedListKey, isStatsKey, resourceKey, type WriteOp, writeKey } from '../internal/queryKeys.ts'
import { answerWrite, awaitTurn, beginWrite, inSession, settleWrite, type Ticket } from './pendingWrites.ts'
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

/** The mutation-options factories (TanStack's `mutationOptions`); each keeps the cache true after the write. */
export interface KeystoneMutations {
  /** POST: writes the new record to its detail entry and invalidates the resource's lists. */
  create<R extends CrudResource>(client: HttpClient, resource: R, settings?: WriteSettings): KeystoneMutationOptions<RecordOf<R>, CreateBodyOf<R>, Ticket>
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

/** How a write to one existing record goes, besides its request. */
interface RecordWrite<TData, TVariables> {
  kind: WriteOp
  /** What the cache shows at once when optimistic: the fields written, or `null` for a delete. */
  change: (variables: TVariables) => object | null
  send: (variables: TVariables) => Promise<TData>
  /** The record as the server confirmed it (`null` once deleted). */
  confirmed: (answer: TData) => object | null
  /** What else the answer makes stale. */
  invalidate: (cache: QueryClient) => Promise<void>
}

/**
 * A write to one record: `onMutate` queues it in the ledger behind the earlier writes of the
 * record (showing its change at once when optimistic), `mutationFn` waits for its turn, and the
 * answer rebases the record's pending changes.
 */
function recordWrite<TData, TVariables extends ByPk>(
  client: HttpClient,
  resource: DetailResource,
  settings: WriteSettings,
  { kind, change, send, confirmed, invalidate }: RecordWrite<TData, TVariables>,
): KeystoneMutationOptions<TData, TVariables, Ticket> {
  return mutationOptions({
    mutationKey: writeKey(client, resource, kind),
    onMutate: (variables, { client: cache }) =>
      beginWrite(cache, client, variables, { kind, resource, pk: variables.pk, change: settings.optimistic ? change(variables) : undefined }),
    mutationFn: async (variables) => {
      await awaitTurn(variables, client)
      return send(variables)
    },
    // The answer (or refusal) lands in the cache only while its session is the client's: after a
    // change of user the cache holds the next user's queries.
    onSuccess: (answer, _variables, ticket, { client: cache }) => {
      if (!inSession(ticket, client)) return
      answerWrite(cache, client, ticket, confirmed(answer))
      // Not awaited: the write is done when the server says so, not when the lists are refetched.
      void refetchInFlight(cache, client, resource)
      void invalidate(cache)
    },
    onError: (_error, _variables, ticket, { client: cache }) => {
      if (inSession(ticket, client)) answerWrite(cache, client, ticket, undefined)
    },
    onSettled: (_data, _error, _variables, ticket, { client: cache }) => {
      if (ticket) settleWrite(cache, client, ticket)
    },
  })
}

/**
 * Marks stale (refetching what is shown) what merging the edited record cannot keep true: the
 * stats, and the lists whose params go beyond paging (filters, search, order), which the record
 * may have left or moved in (a cluster disabled no longer belongs in `enabled=true`). Plain
 * pages keep the merge alone.
 */
function invalidateAfterEdit(cache: QueryClient, client: HttpClient, resource: ResourceName): Promise<void> {
  return cache.invalidateQueries({
    queryKey: resourceKey(client, resource),
    predicate: ({ queryKey }) => isStatsKey(queryKey) || isNarrowedListKey(queryKey),
  })
}

// One function per factory, so a bundle holds only the writes its hooks use; `keystoneMutations` gathers them.

/** `keystoneMutations.create`. @internal */
export const createMutation: KeystoneMutations['create'] = (client, resource, settings = {}) =>
  mutationOptions({
    mutationKey: writeKey(client, resource, 'create'),
    // Counted as pending (`usePendingWrites`); a new record has no earlier writes to wait for.
    onMutate: (data, { client: cache }) => beginWrite(cache, client, data, { kind: 'create', resource, pk: undefined, change: undefined }),
    mutationFn: async (data) => {
      await awaitTurn(data, client)
      return create(client, resource, data, settings.createOptions)
    },
    onSuccess: (record, _data, ticket, { client: cache }) => {
      if (!inSession(ticket, client)) return
      // Every Keystone record has a numeric `id`; the generated record types say so only per resource.
      cache.setQueryData(detailKey(client, resource, (record as { id: number }).id), record)
      void invalidateCollections(cache, client, resource)
    },
    onSettled: (_record, _error, _data, ticket, { client: cache }) => {
      if (ticket) settleWrite(cache, client, ticket)
    },
  })

/** `keystoneMutations.update`. @internal */
export const updateMutation: KeystoneMutations['update'] = (client, resource, settings = {}) =>
  recordWrite(client, resource, settings, {
    kind: 'update',
    change: ({ data }) => data,
    send: ({ pk, data }) => update(client, resource, pk, data),
    confirmed: (record) => record,
    invalidate: (cache) => invalidateAfterEdit(cache, client, resource),
  })

/** `keystoneMutations.replace`. @internal */
export const replaceMutation: KeystoneMutations['replace'] = (client, resource, settings = {}) =>
  recordWrite(client, resource, settings, {
    kind: 'replace',
    change: ({ data }) => data,
    send: ({ pk, data }) => replace(client, resource, pk, data),
    confirmed: (record) => record,
    invalidate: (cache) => invalidateAfterEdit(cache, client, resource),
  })

/** `keystoneMutations.delete`. @internal */
export const deleteMutation: KeystoneMutations['delete'] = (client, resource, settings = {}) =>
  recordWrite(client, resource, settings, {
    kind: 'delete',
    change: () => null,
    send: ({ pk }) => remove(client, resource, pk),
    confirmed: () => null,
    invalidate: (cache) => invalidateCollections(cache, client, resource),
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
