// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import {
  createKeystoneQueryClient,
  keystoneKeys,
  useCluster,
  useClusters,
  useClustersByIds,
  useCreateCluster,
  useDeleteCluster,
  usePendingWrites,
  useUpdateCluster,
} from 'keystone-api-react'
import type { KeystoneClient } from 'keystone-api-react/client'
import { type ReactNode, useEffect, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { expectClustersConverged, renderApp, startKeystone } from './support/harness.tsx'

// Detail views opened from a list at a random moment of random optimistic writes: each starts
// from the list's row (pending changes included), and every view ends equal to the server.
const keystone = startKeystone()
const { mock } = keystone

const PKS = [1, 2, 3] as const

interface Command {
  op: 'create' | 'update' | 'delete'
  pk: (typeof PKS)[number]
  refused: boolean
  latency: number
}

const scenarios = fc.record({
  commands: fc.array(
    fc.record({
      op: fc.constantFrom<Command['op']>('update', 'update', 'delete', 'create'),
      pk: fc.constantFrom(...PKS),
      refused: fc.integer({ min: 0, max: 3 }).map((roll) => roll === 0),
      latency: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  /** The details open before this command (after the last one when past the end). */
  openAt: fc.nat({ max: 5 }),
})

interface Controls {
  open: () => void
  create: ReturnType<typeof useCreateCluster>
  update: ReturnType<typeof useUpdateCluster>
  remove: ReturnType<typeof useDeleteCluster>
  pending: number
}

function Details(): ReactNode {
  useCluster(1)
  useCluster(2)
  useCluster(3)
  useClustersByIds(PKS)
  return null
}

function App({ expose }: { expose: (controls: Controls) => void }): ReactNode {
  const [open, setOpen] = useState(false)
  useClusters({ limit: 100, order: 'id' })
  const controls: Controls = {
    open: () => setOpen(true),
    create: useCreateCluster(),
    update: useUpdateCluster({ optimistic: true }),
    remove: useDeleteCluster({ optimistic: true }),
    pending: usePendingWrites().length,
  }
  useEffect(() => {
    expose(controls)
  })
  return open ? <Details /> : null
}

const POLL = { interval: 2, timeout: 2000 }

async function run(client: KeystoneClient, seed: typeof mock.db, { commands, openAt }: { commands: Command[]; openAt: number }): Promise<void> {
  Object.assign(mock.db, structuredClone(seed))
  // Lists stay fresh: a detail opened from one is never fetched unless the list lost the record.
  const queryClient = createKeystoneQueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } })
  let controls: Controls | undefined
  const view = renderApp(<App expose={(next) => (controls = next)} />, { client, queryClient })
  await waitFor(() => expect(queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100, order: 'id' }))).toBeDefined(), POLL)
  const open = (): void => {
    const rows = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100, order: 'id' }))?.results ?? []
    act(() => controls!.open())
    // Each opened detail shows exactly the list's row as it was shown: pending changes included.
    for (const pk of PKS) {
      const row = rows.find((candidate) => candidate.id === pk)
      if (row) expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', pk))).toEqual(row)
    }
  }
  for (const [index, { op, pk, refused, latency }] of commands.entries()) {
    if (index === openAt) open()
    const path = op === 'create' ? 'allocations/clusters/' : `allocations/clusters/${pk}/`
    const method = { create: 'POST', update: 'PATCH', delete: 'DELETE' }[op]
    mock.fail({ path, method }, refused ? { status: 403, delay: latency, body: { detail: 'Refused.' } } : { delay: latency })
    const name = `w${index + 1}`
    act(() => {
      if (op === 'create') controls!.create.mutate({ name } as never)
      else if (op === 'update') controls!.update.mutate({ pk, data: { name } })
      else controls!.remove.mutate({ pk })
    })
  }
  if (openAt >= commands.length) open()
  await waitFor(() => expect(controls!.pending).toBe(0), POLL)
  await expectClustersConverged(mock, queryClient, client, PKS)
  view.unmount()
  queryClient.clear()
}

describe('details seeded from a list under random optimistic writes', () => {
  it('start from the list row and end equal to the server (200 runs)', async () => {
    const client = keystone.client()
    await client.login({ username: 'admin', password: 'admin-password' })
    const seed = structuredClone(mock.db)
    await fc.assert(
      fc.asyncProperty(scenarios, (scenario) => run(client, seed, scenario)).afterEach(cleanup),
      { numRuns: 200 },
    )
  }, 120_000)
})
