// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { createKeystoneQueryClient, isKeystoneHttpError, useClusters, useCreateCluster } from 'keystone-api-react'
import type { KeystoneClient } from 'keystone-api-react/client'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { advanceUntil, renderApp, startKeystone, useFakeTime } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

const LIST = 'allocations/clusters/'
const sentTo = (method: string): number => mock.requests.filter((request) => request.method === method && request.path === LIST).length
const throttled = (seconds: number) => ({ status: 429, body: { detail: `Request was throttled. Expected available in ${seconds} seconds.` }, headers: { 'Retry-After': String(seconds) } })

async function admin(): Promise<KeystoneClient> {
  const client = keystone.client()
  await client.login({ username: 'admin', password: 'admin-password' })
  return client
}

function Clusters() {
  const { data, error } = useClusters()
  return <ul>{error ? <li>{error.message}</li> : data?.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>)}</ul>
}

describe('429 with Retry-After', () => {
  it('a read waits the Retry-After, sends nothing meanwhile, then succeeds', async () => {
    await scenario('429: read waits', async () => {
      const client = await admin()
      useFakeTime()
      mock.fail({ path: LIST, method: 'GET', times: 2 }, throttled(5))
      renderApp(<Clusters />, { client, queryClient: createKeystoneQueryClient() })
      await advanceUntil(() => sentTo('GET') === 1)
      // Just before each wait ends, no other request went out: no storm.
      await act(() => vi.advanceTimersByTimeAsync(4_900))
      expect(sentTo('GET')).toBe(1)
      await advanceUntil(() => sentTo('GET') === 2, { step: 10, limit: 200 })
      await act(() => vi.advanceTimersByTimeAsync(4_900))
      expect(sentTo('GET')).toBe(2)
      await advanceUntil(() => screen.queryByText('alpine') !== null, { limit: 1_000 })
      expect(sentTo('GET')).toBe(3)
      expect(screen.queryByText(/429/)).toBeNull()
    })
  })

  it('a direct read waits the Retry-After (HTTP date form) and resolves', async () => {
    await scenario('429: read waits (client, date)', async () => {
      const client = await admin()
      useFakeTime()
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
      mock.fail({ path: LIST, method: 'GET' }, { status: 429, headers: { 'Retry-After': new Date('2026-01-01T00:00:07Z').toUTCString() } })
      let page: unknown
      void client.listClusters().then((result) => (page = result))
      await advanceUntil(() => sentTo('GET') === 1)
      await vi.advanceTimersByTimeAsync(6_500)
      expect(sentTo('GET')).toBe(1)
      await advanceUntil(() => page !== undefined, { limit: 2_000 })
      expect(sentTo('GET')).toBe(2)
    })
  })

  it('a write surfaces a typed throttled error with the wait, and is not re-sent', async () => {
    await scenario('429: write surfaces', async () => {
      const client = await admin()
      const before = mock.db.clusters.length
      useFakeTime()
      mock.fail({ path: LIST, method: 'POST' }, throttled(30))
      function Create() {
        const create = useCreateCluster()
        const error = create.error
        return (
          <div>
            <button onClick={() => create.mutate({ name: 'andromeda' })}>save</button>
            {error && isKeystoneHttpError(error) && <p role="alert">{`throttled ${error.status}, retry in ${error.retryAfter ?? '?'} s`}</p>}
          </div>
        )
      }
      renderApp(<Create />, { client, queryClient: createKeystoneQueryClient() })
      fireEvent.click(screen.getByText('save'))
      await advanceUntil(() => screen.queryByRole('alert') !== null)
      expect(screen.getByRole('alert').textContent).toBe('throttled 429, retry in 30 s')
      await act(() => vi.advanceTimersByTimeAsync(60_000))
      expect(sentTo('POST')).toBe(1)
      expect(mock.db.clusters.length).toBe(before)
      // The user's own retry, after the wait, creates the record once.
      expect((await client.createCluster({ name: 'andromeda' })).name).toBe('andromeda')
      expect(sentTo('POST')).toBe(2)
      return { duplicates: Math.max(0, mock.db.clusters.filter((row) => row.name === 'andromeda').length - 1) }
    })
  })

  it('a Retry-After beyond maxRetryAfter surfaces at once instead of waiting', async () => {
    await scenario('429: too long to wait', async () => {
      const client = await admin()
      mock.fail({ path: LIST, method: 'GET' }, throttled(3600))
      const error = await client.listClusters().catch((caught: unknown) => caught)
      expect(isKeystoneHttpError(error) && error.status === 429 && error.retryAfter === 3600).toBe(true)
      expect(sentTo('GET')).toBe(1)
    })
  })
})
