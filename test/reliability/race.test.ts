import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query'
import { keystoneKeys, keystoneMutations, keystoneQueries, type KeystoneClient } from 'keystone-api-react'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
afterAll(() => reportTally(import.meta.filename))

let client: KeystoneClient
let queryClient: QueryClient
beforeEach(async () => {
  client = keystone.client()
  await client.login({ username: 'admin', password: 'admin-password' })
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
})

const params = { order: 'id', limit: 100 } as const
const nameInCache = (pk: number): unknown =>
  queryClient.getQueryData(keystoneKeys.list(client, 'clusters', params))?.results.find((cluster) => cluster.id === pk)?.name

/** Waits until `done()` holds, polling the event loop (real time, bounded). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(done()).toBe(true)
}

describe.each([false, true])('an update racing a refetch (optimistic: %s)', (optimistic) => {
  it('ends with the server state, never the stale page', async () => {
    await scenario(`race: refetch answered before an update${optimistic ? ' (optimistic)' : ''}`, async () => {
      const list = new QueryObserver(queryClient, keystoneQueries.list(client, 'clusters', params))
      const stop = list.subscribe(() => undefined)
      await until(() => list.getCurrentResult().isSuccess)
      const before = nameInCache(1)
      // The PATCH lands after 60 ms; a refetch started meanwhile reads the old row at once but
      // arrives only after the PATCH has answered.
      keystone.mock.fail({ path: 'allocations/clusters/1/', method: 'PATCH' }, { delay: 60 })
      keystone.mock.fail({ path: 'allocations/clusters/', method: 'GET' }, { late: 150 })
      const update = new MutationObserver(queryClient, keystoneMutations.update(client, 'clusters', { optimistic }))
      const written = update.mutate({ pk: 1, data: { name: 'renamed' } })
      await new Promise((resolve) => setTimeout(resolve, 10))
      void list.refetch()
      await written
      await until(() => !list.getCurrentResult().isFetching)
      await new Promise((resolve) => setTimeout(resolve, 200))
      stop()
      const server = keystone.mock.records('clusters').find((cluster) => cluster.id === 1)?.name
      expect(before).not.toBe('renamed')
      expect(server).toBe('renamed')
      expect(nameInCache(1)).toBe(server)
      return { leaked: 0 }
    })
  })
})
