import { matchQuery, type Query, type QueryClient } from '@tanstack/react-query'
import type { DetailResource, HttpClient, ResourceName, SessionKey } from '../client/index.ts'
import { KeystoneAbortError } from '../client/errors/KeystoneAbortError.ts'
import { retrieve } from '../client/operations.ts'
import { dropRecord, findRow, forgetHidden, forgetHiddenIn, type HiddenRows, showRecord } from './cacheUpdates.ts'
import { detailKey, listsKey, type ServerRef } from '../internal/queryKeys.ts'

/** The kind of a write. */
export type WriteKind = 'create' | 'update' | 'replace' | 'delete'

/** A write sent (or waiting its turn) that the server has not answered yet. */
export interface PendingWrite {
  /** What the write does. */
  readonly kind: WriteKind
  /** The resource written to. */
  readonly resource: ResourceName
  /** The record written to; `undefined` for a create. */
  readonly pk: number | undefined
}

/**
 * One write of the ledger. `change` is what it shows before the answer: fields (update, replace),
 * `null` (delete), or `undefined` (not optimistic). @internal
 */
export interface Ticket extends PendingWrite {
  /** Only resources with records by primary key are written to. */
  readonly resource: DetailResource
  readonly change: object | null | undefined
  /** Settles when the writes made before this one on the same record have settled. */
  readonly turn: Promise<void>
  release: () => void
  /** The server and session the write was made in: its record line and cache keys are that session's. */
  readonly server: ServerRef
  /**
   * The session the write was made in: its answer updates the cache only while that session is
   * the client's (after a change of user the cache holds the next user's queries), and the
   * provider does not let a previous user's refusal end the current session.
   */
  readonly session: SessionKey | undefined
}

/**
 * The writes of one record, oldest first, over the last state the server confirmed (`base`: the
 * record, `null` when gone, `undefined` when never cached). The cache shows the base with the
 * pending changes re-applied, so an answer, whatever its order, removes only its own change.
 */
interface RecordLine {
  readonly server: ServerRef
  readonly resource: DetailResource
  readonly pk: number
  base: object | null | undefined
  pending: Ticket[]
  tail: Promise<void>
  refused: boolean
  optimistic: boolean
}

interface Ledger {
  writes: Ticket[]
  /** What `usePendingWrites` returns: a new array after each change. */
  public: readonly PendingWrite[]
  lines: Map<string, RecordLine>
  /** Writes begun per record, so a refetch answered after a newer write began is dropped. */
  begun: Map<string, number>
  listeners: Set<() => void>
  /** Where optimistic deletes hid rows, per resource, to put them back if refused. */
  hidden: Map<string, HiddenRows>
  stopWatching?: () => void
}

// Bundlers replace `process.env.NODE_ENV`; the library itself does not need Node's types.
declare const process: { env: { NODE_ENV?: string } }

const ledgers = /* @__PURE__ */ new WeakMap<QueryClient, Ledger>()
// The tickets of a mutation's variables, so its `mutationFn` finds the turn its `onMutate` took.
const byVariables = /* @__PURE__ */ new WeakMap<object, Ticket[]>()

/** The pending writes of a query client. @internal */
export function ledgerOf(queryClient: QueryClient): Ledger {
  let ledger = ledgers.get(queryClient)
  if (!ledger) ledgers.set(queryClient, (ledger = { writes: [], public: [], lines: new Map(), begun: new Map(), listeners: new Set(), hidden: new Map() }))
  return ledger
}

function lineId(server: ServerRef, resource: ResourceName, pk: number): string {
  return JSON.stringify(detailKey(server, resource, pk))
}

/** The record as the cache holds it now (detail entry first, else a list row): the line's first base. */
function cachedRecord(queryClient: QueryClient, server: ServerRef, resource: ResourceName, pk: number): object | null | undefined {
  const detail = queryClient.getQueryData(detailKey(server, resource, pk))
  if (detail !== undefined) return detail
  for (const [, data] of queryClient.getQueriesData({ queryKey: listsKey(server, resource) })) {
    const row = findRow(data, pk)
    if (row) return row
  }
  return undefined
}

/** The base with every pending optimistic change applied, oldest first. */
function viewOf(line: RecordLine): object | null | undefined {
  let view = line.base
  for (const { change } of line.pending) {
    if (change === null) view = null
    else if (change && view) view = { ...view, ...change }
  }
  return view
}

function hiddenOf(ledger: Ledger, server: ServerRef, resource: ResourceName): HiddenRows {
  const id = JSON.stringify(listsKey(server, resource))
  let hidden = ledger.hidden.get(id)
  if (!hidden) ledger.hidden.set(id, (hidden = new Map()))
  return hidden
}

function show(queryClient: QueryClient, line: RecordLine): void {
  showRecord(queryClient, line.server, line.resource, line.pk, viewOf(line), hiddenOf(ledgerOf(queryClient), line.server, line.resource))
}

/** A fetch answered while writes are pending: its record becomes the base, the pending changes go back on top. */
function rebaseOnRead(queryClient: QueryClient, ledger: Ledger, query: Query): void {
  for (const hidden of ledger.hidden.values()) forgetHiddenIn(hidden, query.queryHash)
  for (const line of ledger.lines.values()) {
    if (matchQuery({ queryKey: detailKey(line.server, line.resource, line.pk), exact: true }, query)) {
      line.base = query.state.data as object | null
    } else if (matchQuery({ queryKey: listsKey(line.server, line.resource) }, query)) {
      line.base = findRow(query.state.data, line.pk) ?? line.base
    } else continue
    show(queryClient, line)
  }
}

function watch(queryClient: QueryClient, ledger: Ledger): void {
  ledger.stopWatching ??= queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual) rebaseOnRead(queryClient, ledger, event.query)
  })
}

function changed(ledger: Ledger): void {
  ledger.public = ledger.writes.map(({ kind, resource, pk }) => ({ kind, resource, pk }))
  for (const listener of ledger.listeners) listener()
}

/**
 * Records a write as it is made (in `onMutate`, in the order of the user's calls): takes its turn
 * behind the earlier writes of the same record, and shows its change at once when `change` is set.
 * @internal
 */
export function beginWrite(
  queryClient: QueryClient,
  server: ServerRef,
  variables: object,
  write: Pick<Ticket, 'kind' | 'resource' | 'pk' | 'change'>,
): Ticket {
  const ledger = ledgerOf(queryClient)
  const { pk, resource } = write
  // A copy, not the client: after a change of user the client's keys are the next user's, while
  // this write's record line (and whatever it shows) stays in the session it was made in.
  server = { baseUrl: server.baseUrl, sessionKey: server.sessionKey }
  let release = (): void => {}
  const settled = new Promise<void>((resolve) => (release = resolve))
  let turn = Promise.resolve()
  let line: RecordLine | undefined
  if (pk !== undefined) {
    const id = lineId(server, resource, pk)
    line = ledger.lines.get(id)
    if (!line) {
      const base = cachedRecord(queryClient, server, resource, pk)
      ledger.lines.set(id, (line = { server, resource, pk, base, pending: [], tail: turn, refused: false, optimistic: false }))
    }
    turn = line.tail
    line.tail = settled
    ledger.begun.set(id, (ledger.begun.get(id) ?? 0) + 1)
  }
  const ticket: Ticket = { ...write, turn, release, server, session: server.sessionKey }
  ledger.writes.push(ticket)
  byVariables.set(variables, [...(byVariables.get(variables) ?? []), ticket])
  if (line) {
    line.pending.push(ticket)
    if (write.change !== undefined) {
      line.optimistic = true
      watch(queryClient, ledger)
      show(queryClient, line)
    }
  }
  changed(ledger)
  return ticket
}

/**
 * Waits until the earlier writes of the same record have settled (in `mutationFn`, before sending),
 * then refuses to send if another user signed in meanwhile. @internal
 * @throws {KeystoneAbortError} when the session the write was made in has ended.
 */
export async function awaitTurn(variables: object, client: ServerRef): Promise<void> {
  const ticket = byVariables.get(variables)?.shift()
  await ticket?.turn
  // Sent now, it would go out with the credentials of whoever is signed in, not its author's.
  if (ticket && !inSession(ticket, client)) {
    const text =
      typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'
        ? 'Not sent: another user signed in while this write waited for an earlier write of the same record'
        : 'Not sent: another user signed in'
    throw new KeystoneAbortError(text)
  }
}

function lineOf(queryClient: QueryClient, ticket: Ticket): RecordLine | undefined {
  return ticket.pk === undefined ? undefined : ledgerOf(queryClient).lines.get(lineId(ticket.server, ticket.resource, ticket.pk))
}

/**
 * The server answered a write: its answer (the record, or `null` once deleted) becomes the base,
 * its own change leaves the queue, and the cache shows the base plus what is still pending.
 * A refusal (`confirmed` undefined) keeps the base. @internal
 */
export function answerWrite(queryClient: QueryClient, server: ServerRef, ticket: Ticket, confirmed: object | null | undefined): void {
  const line = lineOf(queryClient, ticket)
  if (!line) return
  line.pending = line.pending.filter((other) => other !== ticket)
  if (confirmed === undefined) line.refused = true
  else line.base = confirmed === null ? null : { ...line.base, ...confirmed }
  show(queryClient, line)
}

/**
 * The write is over: lets the next write of its record go, and when the record has no write left
 * after a refused optimistic one, reads it once from the server. @internal
 */
export function settleWrite(queryClient: QueryClient, client: HttpClient, ticket: Ticket): void {
  const ledger = ledgerOf(queryClient)
  ticket.release()
  ledger.writes = ledger.writes.filter((other) => other !== ticket)
  const line = lineOf(queryClient, ticket)
  // After a change of user the cache holds the next user's queries: the previous user's write
  // leaves the ledger (so the next write of the record may go) without touching the cache.
  const ended = !inSession(ticket, client)
  if (line && ended) line.pending = line.pending.filter((other) => other !== ticket)
  if (line && !line.pending.length) {
    const id = lineId(line.server, line.resource, line.pk)
    ledger.lines.delete(id)
    forgetHidden(hiddenOf(ledger, line.server, line.resource), line.pk)
    if (line.refused && line.optimistic && !ended) refetchRecord(queryClient, client, ledger, line, ledger.begun.get(id))
  }
  if (!ledger.lines.size) {
    ledger.stopWatching?.()
    ledger.stopWatching = undefined
  }
  changed(ledger)
}

/** Reads a record once and writes it to every cache view, unless a newer write of it began meanwhile. */
function refetchRecord(queryClient: QueryClient, client: HttpClient, ledger: Ledger, line: RecordLine, begun: number | undefined): void {
  const { resource, pk } = line
  const id = lineId(line.server, resource, pk)
  retrieve(client, resource, pk).then(
    (record) => {
      if (ledger.begun.get(id) !== begun || ledger.lines.has(id) || client.sessionKey !== line.server.sessionKey) return
      if (record === null) dropRecord(queryClient, client, resource, pk)
      else showRecord(queryClient, client, resource, pk, record, hiddenOf(ledger, client, resource))
    },
    // A failed read leaves the cache as the answers left it; the next fetch corrects it.
    () => undefined,
  )
}

/** Subscribes to changes of the pending writes of a query client. @internal */
export function subscribePending(queryClient: QueryClient, listener: () => void): () => void {
  const { listeners } = ledgerOf(queryClient)
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The pending writes of a query client (a new array after each change). @internal */
export function pendingWrites(queryClient: QueryClient): readonly PendingWrite[] {
  return ledgerOf(queryClient).public
}

/** Whether the session a write was made in is still the client's. @internal */
export function inSession<T extends { session: SessionKey | undefined }>(write: T | undefined, client: ServerRef): write is T {
  return write !== undefined && write.session === client.sessionKey
}
