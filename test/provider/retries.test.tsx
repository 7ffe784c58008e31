// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { createKeystoneQueryClient, KeystoneClient, keystoneKeys, useClusters, useCreateCluster } from 'keystone-api-react'
import { STAFF_USER, type MockKeystone } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { pageMock, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

function Names() {
  const { data, error } = useClusters()
  return <p>{error ? `error:${error.name}` : (data?.results.map((row) => row.name).join(',') ?? 'loading')}</p>
}

const lists = (mock: MockKeystone): number => received(mock, 'GET', 'allocations/clusters/').length

/** Renders with the provider's default retry policy (`createKeystoneQueryClient()`). */
async function renderWithRetries(mock: MockKeystone, client?: KeystoneClient): Promise<() => string> {
  const { queryClient, client: used } = await renderWithKeystone(<Names />, { server, mock, client, user: STAFF_USER, queryClient: createKeystoneQueryClient() })
  const key = keystoneKeys.list(used, 'clusters')
  // The query's state as the cache holds it: `error:<name>`, the names, or `pending`.
  return () => {
    const state = queryClient.getQueryState(key)
    return state?.error ? `error:${state.error.name}` : (state?.data?.results.map((row) => row.name).join(',') ?? 'pending')
  }
}

// Captured before the timers are faked: polling must not move fake time (`vi.waitFor` would).
const realSetTimeout = globalThis.setTimeout

/** Polls `check` in real time (HTTP through MSW takes real ticks), running due fake timers, until it passes (at most 2 s). */
async function until(check: () => unknown): Promise<void> {
  for (let waited = 0; ; waited += 10) {
    try {
      check()
      return
    } catch (error) {
      if (waited >= 2000) throw error
      await new Promise((resolve) => realSetTimeout(resolve, 10))
      // Runs the timers already due (React's scheduler) without moving the clock.
      await vi.advanceTimersByTimeAsync(0)
    }
  }
}

/** Advances fake time by `ms`, then waits until the mock has received exactly `count` list requests. */
async function after(ms: number, mock: MockKeystone, count: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await until(() => expect(lists(mock)).toBe(count))
  // Let a retry that should not happen yet show up if it were scheduled too early.
  await new Promise((resolve) => realSetTimeout(resolve, 20))
  expect(lists(mock)).toBe(count)
}

describe('createKeystoneQueryClient retries', () => {
  it('retries a 5xx three times after 1 s, 2 s and 4 s, then keeps the error', async () => {
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/', times: 4 }, { status: 503 })
    const seen = await renderWithRetries(mock)
    await after(0, mock, 1)
    await after(999, mock, 1)
    await after(1, mock, 2)
    await after(1999, mock, 2)
    await after(1, mock, 3)
    await after(4000, mock, 4)
    await until(() => expect(seen()).toBe('error:KeystoneHttpError'))
    await after(60_000, mock, 4)
  })

  it('retries a network error and shows the data once it passes', async () => {
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/' }, { network: true })
    const seen = await renderWithRetries(mock)
    await after(0, mock, 1)
    await after(1000, mock, 2)
    await until(() => expect(seen()).toBe('alpine,blanca,summit,legacy'))
  })

  it('does not retry a 4xx', async () => {
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/' }, { status: 403 })
    await renderWithRetries(mock)
    await until(() => screen.getByText('error:KeystoneHttpError'))
    await after(60_000, mock, 1)
  })

  it('retries a 429 after its Retry-After', async () => {
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/' }, { status: 429, headers: { 'Retry-After': '5' } })
    // The client's own 429 retries are off, so the query's policy is what waits.
    const client = new KeystoneClient({ url: mock.baseUrl, cookies: 'browser', adapter: 'http', throttleRetries: 0 })
    const seen = await renderWithRetries(mock, client)
    await after(0, mock, 1)
    await after(4999, mock, 1)
    await after(1, mock, 2)
    await until(() => expect(seen()).toBe('alpine,blanca,summit,legacy'))
    client.close()
  })
})

describe('createKeystoneQueryClient mutations', () => {
  it('never retries a write, even on a 500', async () => {
    function Create() {
      const create = useCreateCluster()
      return (
        <div>
          <button onClick={() => create.mutate({ name: 'new-cluster' })}>create</button>
          <p>{`status:${create.status}`}</p>
        </div>
      )
    }
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/', method: 'POST' }, { status: 500 })
    await renderWithKeystone(<Create />, { server, mock, user: STAFF_USER, queryClient: createKeystoneQueryClient() })
    screen.getByText('create').click()
    await until(() => screen.getByText('status:error'))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(received(mock, 'POST', 'allocations/clusters/')).toHaveLength(1)
    expect(mock.records('clusters')).toHaveLength(4)
  })
})
