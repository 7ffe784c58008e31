// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { createKeystoneQueryClient, isKeystoneAbortError, keystoneKeys, isKeystoneTimeoutError, useClusters, useCreateCluster, useLogout, useSession } from 'keystone-api-react'
import type { KeystoneClient, KeystoneError } from 'keystone-api-react/client'
import type { Fault } from 'keystone-api-react/testing'
import { useState } from 'react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { advanceUntil, renderApp, startKeystone, useFakeTime } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
const { mock } = keystone
afterEach(cleanup)
afterAll(() => reportTally(import.meta.filename))

const ADMIN = { username: 'admin', password: 'admin-password' }
const LIST = 'allocations/clusters/'

function describeError(error: KeystoneError): string {
  return `${error.name}${'status' in error ? ` ${String(error.status)}` : ''}`
}

function Clusters() {
  const { data, error, refetch } = useClusters({ order: 'id' })
  return (
    <div>
      {error && <p role="alert">{describeError(error)}</p>}
      <ul>{data?.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>)}</ul>
      <button onClick={() => void refetch()}>refresh</button>
    </div>
  )
}

function NewCluster() {
  const [name, setName] = useState('')
  const create = useCreateCluster({ onSuccess: () => setName('') })
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        create.mutate({ name })
      }}
    >
      <input aria-label="name" value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit">save</button>
      {create.error && <p role="alert">{describeError(create.error)}</p>}
      {create.isSuccess && <p>saved</p>}
    </form>
  )
}

const SERVER_FAULTS: [string, Fault][] = [
  ['HTTP 500', { status: 500 }],
  ['HTTP 502', { status: 502 }],
  ['HTTP 503', { status: 503 }],
  ['connection reset', { network: true }],
]

const sentTo = (method: string, path: string): number => mock.requests.filter((request) => request.method === method && request.path === path).length

async function loggedInClient(options?: Parameters<typeof keystone.client>[0]): Promise<KeystoneClient> {
  const client = keystone.client(options)
  await client.login(ADMIN)
  return client
}

describe('reads under server and network faults', () => {
  it.each(SERVER_FAULTS)('%s: a list ends in a typed error after the retries and recovers on refetch', async (fault, injected) => {
    await scenario(`read: ${fault}`, async () => {
      const client = await loggedInClient()
      useFakeTime()
      // One more failure than the three retries of createKeystoneQueryClient.
      mock.fail({ path: LIST, method: 'GET', times: 4 }, injected)
      renderApp(<Clusters />, { client, queryClient: createKeystoneQueryClient() })
      await advanceUntil(() => screen.queryByRole('alert') !== null)
      expect(screen.getByRole('alert').textContent).toBe('status' in injected ? `KeystoneHttpError ${injected.status}` : 'KeystoneNetworkError')
      expect(sentTo('GET', LIST)).toBe(4)
      expect(screen.queryAllByRole('listitem')).toHaveLength(0)
      fireEvent.click(screen.getByText('refresh'))
      await advanceUntil(() => screen.queryByText('alpine') !== null)
      expect(screen.queryByRole('alert')).toBeNull()
      expect(sentTo('GET', LIST)).toBe(5)
    })
  })

  it('timeout: a list ends in KeystoneTimeoutError and recovers on refetch', async () => {
    await scenario('read: timeout', async () => {
      const client = await loggedInClient({ timeout: 50 })
      mock.fail({ path: LIST, method: 'GET' }, { delay: 1000 })
      renderApp(<Clusters />, { client, queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) })
      expect((await screen.findByRole('alert')).textContent).toBe('KeystoneTimeoutError')
      fireEvent.click(screen.getByText('refresh'))
      await screen.findByText('alpine')
      expect(screen.queryByRole('alert')).toBeNull()
    })
  })
})

describe('aborted requests', () => {
  it('unmount: the request is cancelled, no error is kept, and a remount loads the list', async () => {
    await scenario('abort: unmount', async () => {
      const client = await loggedInClient()
      const queryClient = createKeystoneQueryClient()
      mock.fail({ path: LIST, method: 'GET' }, { delay: 200 })
      const { unmount } = renderApp(<Clusters />, { client, queryClient })
      await waitFor(() => expect(sentTo('GET', LIST)).toBe(1))
      unmount()
      const [query] = queryClient.getQueryCache().findAll({ queryKey: keystoneKeys.resource(client, 'clusters') })
      await waitFor(() => expect(query?.state.fetchStatus).toBe('idle'))
      expect(query?.state.error).toBeNull()
      expect(query?.state.data).toBeUndefined()
      renderApp(<Clusters />, { client, queryClient })
      await screen.findByText('alpine')
    })
  })

  it('logout: queries in flight are dropped and nothing of the list renders', async () => {
    await scenario('abort: logout', async () => {
      const client = await loggedInClient()
      const queryClient = createKeystoneQueryClient()
      function LogoutButton() {
        const logout = useLogout()
        return <button onClick={() => logout.mutate()}>{`session: ${useSession().status}`}</button>
      }
      mock.fail({ path: LIST, method: 'GET' }, { delay: 300 })
      renderApp(<><Clusters /><LogoutButton /></>, { client, queryClient })
      await waitFor(() => expect(sentTo('GET', LIST)).toBe(1))
      fireEvent.click(screen.getByText('session: authenticated'))
      await waitFor(() => expect(sentTo('POST', 'authentication/logout/')).toBe(1))
      await screen.findByText('session: anonymous')
      // The server answers the slow request (after the logout); nothing of it reaches the screen or the cache.
      await waitFor(() => expect(mock.requests.find((request) => request.path === LIST)?.status).not.toBe(0))
      expect(screen.queryByText('alpine')).toBeNull()
      expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))).not.toContain('alpine')
    })
  })

  it('client.close(): the query in flight ends in KeystoneAbortError and later calls are refused', async () => {
    await scenario('abort: client.close()', async () => {
      const client = await loggedInClient()
      mock.fail({ path: LIST, method: 'GET' }, { delay: 200 })
      renderApp(<Clusters />, { client, queryClient: createKeystoneQueryClient() })
      await waitFor(() => expect(sentTo('GET', LIST)).toBe(1))
      act(() => client.close())
      expect((await screen.findByRole('alert')).textContent).toBe('KeystoneAbortError')
      const later = await client.listClusters().catch((error: unknown) => error)
      expect(isKeystoneAbortError(later)).toBe(true)
      expect(sentTo('GET', LIST)).toBe(1)
    })
  })
})

describe('writes under faults', () => {
  it.each(SERVER_FAULTS)('%s: a failed create keeps the input, is never re-sent, and one user retry creates one record', async (fault, injected) => {
    await scenario(`write: ${fault}`, async () => {
      const client = await loggedInClient()
      const before = mock.db.clusters.length
      useFakeTime()
      mock.fail({ path: LIST, method: 'POST' }, injected)
      renderApp(<NewCluster />, { client, queryClient: createKeystoneQueryClient() })
      fireEvent.change(screen.getByLabelText('name'), { target: { value: 'orion' } })
      fireEvent.click(screen.getByText('save'))
      await advanceUntil(() => screen.queryByRole('alert') !== null)
      expect(screen.getByRole('alert').textContent).toBe('status' in injected ? `KeystoneHttpError ${injected.status}` : 'KeystoneNetworkError')
      expect((screen.getByLabelText('name') as HTMLInputElement).value).toBe('orion')
      // A minute later nothing was re-sent behind the user's back.
      await act(() => advanceUntil(() => false, { limit: 60_000 }).catch(() => 0))
      expect(sentTo('POST', LIST)).toBe(1)
      fireEvent.click(screen.getByText('save'))
      await advanceUntil(() => screen.queryByText('saved') !== null)
      const created = mock.db.clusters.filter((row) => row.name === 'orion').length
      expect(sentTo('POST', LIST)).toBe(2)
      expect(mock.db.clusters.length - before).toBe(1)
      return { duplicates: created - 1 }
    })
  })

  it('timeout: a create that timed out is not re-sent (the server may have kept it)', async () => {
    await scenario('write: timeout', async () => {
      const client = await loggedInClient({ timeout: 50 })
      mock.fail({ path: LIST, method: 'POST' }, { delay: 150 })
      renderApp(<NewCluster />, { client, queryClient: createKeystoneQueryClient() })
      fireEvent.change(screen.getByLabelText('name'), { target: { value: 'vega' } })
      fireEvent.click(screen.getByText('save'))
      expect((await screen.findByRole('alert')).textContent).toBe('KeystoneTimeoutError')
      expect((screen.getByLabelText('name') as HTMLInputElement).value).toBe('vega')
      // The server finishes the slow request; the client never sends a second one.
      await waitFor(() => expect(mock.db.clusters.some((row) => row.name === 'vega')).toBe(true))
      expect(sentTo('POST', LIST)).toBe(1)
      return { duplicates: mock.db.clusters.filter((row) => row.name === 'vega').length - 1 }
    })
  })

  it('a direct call that times out rejects with KeystoneTimeoutError', async () => {
    await scenario('write: timeout (client)', async () => {
      const client = await loggedInClient({ timeout: 50 })
      mock.fail({ path: LIST, method: 'POST' }, { delay: 150 })
      const error = await client.createCluster({ name: 'lyra' }).catch((caught: unknown) => caught)
      expect(isKeystoneTimeoutError(error)).toBe(true)
      await waitFor(() => expect(mock.db.clusters.filter((row) => row.name === 'lyra')).toHaveLength(1))
      expect(sentTo('POST', LIST)).toBe(1)
    })
  })
})
