// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import {
  createKeystoneQueryClient,
  useCluster,
  useClusters,
  useClustersByIds,
  useCreateCluster,
  useDeleteCluster,
  usePendingWrites,
  useReplaceCluster,
  useUpdateCluster,
} from 'keystone-api-react'
import type { KeystoneClient } from 'keystone-api-react/client'
import { useEffect, useLayoutEffect } from 'react'
import { afterAll, describe, expect, it } from 'vitest'
import { expectClustersConverged, renderApp, startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
const { mock } = keystone
afterAll(() => reportTally(import.meta.filename))

/** The records the writes aim at (seeded clusters). */
const PKS = [1, 2, 3] as const
type Pk = (typeof PKS)[number]

interface Command {
  op: 'create' | 'update' | 'replace' | 'delete'
  pk: Pk
  refused: boolean
  /** Milliseconds the mock waits before answering this write. */
  latency: number
  /** Milliseconds before the next command is made. */
  gap: number
}

const commands = fc.array(
  fc.record({
    op: fc.constantFrom<Command['op']>('update', 'update', 'replace', 'delete', 'create'),
    pk: fc.constantFrom(...PKS),
    refused: fc.integer({ min: 0, max: 3 }).map((roll) => roll === 0),
    latency: fc.integer({ min: 0, max: 6 }),
    gap: fc.integer({ min: 0, max: 2 }),
  }),
  { minLength: 2, maxLength: 6 },
)

/** What the client has heard from the server so far, per record. */
class Answers {
  /** Index of the write that set each name (seeded names: 0). */
  readonly origin = new Map<string, number>()
  /** Per record: index of the last confirmed write, and whether that was a delete. */
  readonly confirmed = new Map<number, { write: number; deleted: boolean; name?: string }>()
  readonly refused = new Set<number>()
  readonly pendingDeletes = new Map<number, number>()
  readonly created: string[] = []
  staleFrames = 0

  /** Counts the views of a frame that show a record older than an answer already received. */
  frame(views: Map<number, (string | null)[]>): void {
    for (const [pk, shown] of views) {
      const last = this.confirmed.get(pk) ?? { write: 0, deleted: false }
      const hiding = (this.pendingDeletes.get(pk) ?? 0) > 0
      for (const name of shown) {
        if (name === null) {
          if (!last.deleted && !hiding) this.staleFrames += 1
          continue
        }
        const write = this.origin.get(name) ?? 0
        if (last.deleted || write < last.write || this.refused.has(write)) this.staleFrames += 1
      }
    }
  }
}

type Hooks = {
  create: ReturnType<typeof useCreateCluster>
  update: ReturnType<typeof useUpdateCluster>
  replace: ReturnType<typeof useReplaceCluster>
  remove: ReturnType<typeof useDeleteCluster>
  pending: number
}

/** Each write's variables carry its index, so answers can be attributed. */
const writeOf = new WeakMap<object, { index: number; pk?: number; op: Command['op']; name?: string }>()

function App({ answers, expose }: { answers: Answers; expose: (hooks: Hooks) => void }) {
  const list = useClusters({ limit: 100, order: 'id' })
  const details = [useCluster(1), useCluster(2), useCluster(3)]
  const byIds = useClustersByIds(PKS)
  const settle = {
    onSuccess: (_data: unknown, variables: object) => {
      const write = writeOf.get(variables)!
      if (write.op === 'create') answers.created.push(write.name!)
      else answers.confirmed.set(write.pk!, { write: write.index, deleted: write.op === 'delete', name: write.name })
    },
    onError: (_error: unknown, variables: object) => answers.refused.add(writeOf.get(variables)!.index),
    onSettled: (_data: unknown, _error: unknown, variables: object) => {
      const write = writeOf.get(variables)!
      if (write.op === 'delete') answers.pendingDeletes.set(write.pk!, (answers.pendingDeletes.get(write.pk!) ?? 0) - 1)
    },
  }
  const hooks: Hooks = {
    create: useCreateCluster(settle),
    update: useUpdateCluster({ ...settle, optimistic: true }),
    replace: useReplaceCluster({ ...settle, optimistic: true }),
    remove: useDeleteCluster({ ...settle, optimistic: true }),
    pending: usePendingWrites().length,
  }
  useEffect(() => {
    expose(hooks)
  })
  // Every committed frame: what each view shows of each record (`null`: not shown).
  useLayoutEffect(() => {
    if (!list.data || details.some((detail) => detail.data === undefined) || byIds.isPending) return
    const views = new Map<number, (string | null)[]>()
    for (const [index, pk] of PKS.entries()) {
      views.set(pk, [
        list.data.results.find((row) => row.id === pk)?.name ?? null,
        details[index]!.data?.name ?? null,
        byIds.data.find((row) => row.id === pk)?.name ?? null,
      ])
    }
    answers.frame(views)
  })
  return null
}

/** Writes whose confirmed effect the server or a cache view lacks at the end. */
function lostWrites(answers: Answers): number {
  const records = mock.records('clusters')
  let lost = answers.created.filter((name) => !records.some((record) => record.name === name)).length
  for (const [pk, last] of answers.confirmed) {
    const record = records.find((row) => row.id === pk)
    if (last.deleted ? record : record?.name !== last.name) lost += 1
  }
  return lost
}

async function issue(hooks: () => Hooks, command: Command, index: number): Promise<void> {
  const { op, pk, refused, latency } = command
  const path = op === 'create' ? 'allocations/clusters/' : `allocations/clusters/${pk}/`
  const method = { create: 'POST', update: 'PATCH', replace: 'PUT', delete: 'DELETE' }[op]
  mock.fail({ path, method }, refused ? { status: 403, delay: latency, body: { detail: 'Refused.' } } : { delay: latency })
  const name = `w${index}`
  const variables =
    op === 'create' ? { name } : op === 'delete' ? { pk } : op === 'update' ? { pk, data: { name } } : { pk, data: { name, enabled: index % 2 === 0 } }
  writeOf.set(variables, { index, pk: op === 'create' ? undefined : pk, op, name: op === 'delete' ? undefined : name })
  act(() => {
    const { create, update, replace, remove } = hooks()
    if (op === 'create') create.mutate(variables as never)
    else if (op === 'update') update.mutate(variables as never)
    else if (op === 'replace') replace.mutate(variables as never)
    else remove.mutate(variables as never)
  })
  if (command.gap) await new Promise((resolve) => setTimeout(resolve, command.gap))
}

/** Polls often: the latencies are a few milliseconds. */
const POLL = { interval: 2, timeout: 2000 }

async function run(client: KeystoneClient, seed: ReturnType<typeof structuredClone<typeof mock.db>>, sequence: Command[]): Promise<{ staleFrames: number; lostWrites: number }> {
  Object.assign(mock.db, structuredClone(seed))
  const answers = new Answers()
  for (const record of mock.records('clusters')) answers.origin.set(record.name, 0)
  sequence.forEach((_command, index) => answers.origin.set(`w${index + 1}`, index + 1))
  const queryClient = createKeystoneQueryClient({ defaultOptions: { queries: { retry: false } } })
  let current: Hooks | undefined
  const view = renderApp(<App answers={answers} expose={(hooks) => (current = hooks)} />, { client, queryClient })
  await waitFor(() => expect(current).toBeDefined(), POLL)
  await waitFor(() => expect(queryClient.isFetching()).toBe(0), POLL)
  for (const [index, command] of sequence.entries()) {
    if (command.op === 'delete') answers.pendingDeletes.set(command.pk, (answers.pendingDeletes.get(command.pk) ?? 0) + 1)
    await issue(() => current!, command, index + 1)
  }
  await waitFor(() => expect(current!.pending).toBe(0), POLL)
  await expectClustersConverged(mock, queryClient, client, PKS)
  view.unmount()
  queryClient.clear()
  return { staleFrames: answers.staleFrames, lostWrites: lostWrites(answers) }
}

/** Interleavings per test; four tests make the suite's 1,000. */
const RUNS = Number(process.env.OPTIMISTIC_RUNS ?? 250)

describe('optimistic writes under random interleavings', () => {
  for (const part of [1, 2, 3, 4]) {
    it(`leave every view equal to the server, with no stale frame and no lost write (${RUNS} runs, part ${part})`, async () => {
      const client = keystone.client()
      await client.login({ username: 'admin', password: 'admin-password' })
      const seed = structuredClone(mock.db)
      let stale = 0
      let lost = 0
      await fc.assert(
        fc.asyncProperty(commands, async (sequence) => {
          await scenario('optimistic: random create/update/replace/delete', async () => {
            const findings = await run(client, seed, sequence)
            stale += findings.staleFrames
            lost += findings.lostWrites
            expect(findings).toEqual({ staleFrames: 0, lostWrites: 0 })
            return findings
          })
        }).afterEach(cleanup),
        { numRuns: RUNS },
      )
      expect({ stale, lost }).toEqual({ stale: 0, lost: 0 })
    }, 120_000)
  }
})
