// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  keystoneKeys,
  useBatch,
  useCluster,
  useClusters,
  useCreateCluster,
  useDeleteCluster,
  useInfiniteClusters,
  useReplaceCluster,
  useUpdateCluster,
  useUploadAttachment,
} from '../../src/react.ts'
import { renderWithKeystone } from './render.tsx'
import { API, received, resetState, server, state } from './server.ts'
import { KeystoneClient } from 'keystone-api-react/client'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(resetState)
afterEach(cleanup)
afterAll(() => server.close())

function List() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((row) => <li key={row.id}>{`list:${row.name}`}</li>)}</ul>
}
function Infinite() {
  const { data } = useInfiniteClusters({ limit: 5 })
  return <ul>{data?.pages.flatMap((page) => page.results).map((row) => <li key={row.id}>{`inf:${row.name}`}</li>)}</ul>
}
function Detail({ pk }: { pk: number }) {
  const { data } = useCluster(pk)
  return <p>{`detail:${data === null ? 'gone' : (data?.name ?? '...')}`}</p>
}

describe('useCreateCluster', () => {
  function Create() {
    const create = useCreateCluster()
    return (
      <div>
        <button onClick={() => create.mutate({ name: 'new-cluster' })}>create</button>
        <button onClick={() => create.mutate({ name: '' })}>create empty</button>
        <p>{`status:${create.status} name-error:${create.fieldErrors.name ?? ''}`}</p>
      </div>
    )
  }

  it('writes the record to its detail entry and refreshes the lists', async () => {
    const { queryClient, client } = await renderWithKeystone(<><List /><Create /></>, { username: 'ada' })
    await screen.findByText('list:ada-cluster-1')
    screen.getByText('create').click()
    await screen.findByText('list:new-cluster')
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 31))?.name).toBe('new-cluster')
    expect(received('POST', 'allocations/clusters/')).toHaveLength(1)
  })

  it('exposes field errors of a 400 in a form-friendly shape, without retrying', async () => {
    await renderWithKeystone(<Create />, { username: 'ada' })
    await waitFor(() => expect(screen.getByText(/status:idle/)).toBeTruthy())
    screen.getByText('create empty').click()
    await screen.findByText('status:error name-error:This field is required.')
    expect(received('POST', 'allocations/clusters/')).toHaveLength(1)
  })
})

describe('useUpdateCluster', () => {
  function Update({ optimistic = false }: { optimistic?: boolean }) {
    const update = useUpdateCluster({ optimistic })
    return (
      <div>
        <button onClick={() => update.mutate({ pk: 2, data: { name: 'renamed' } })}>rename</button>
        <p>{`status:${update.status}`}</p>
      </div>
    )
  }

  it('replaces the record in its detail entry, list pages and infinite pages', async () => {
    await renderWithKeystone(<><List /><Infinite /><Detail pk={2} /><Update /></>, { username: 'ada' })
    await screen.findByText('detail:ada-cluster-2')
    await screen.findByText('inf:ada-cluster-2')
    await screen.findByText('list:ada-cluster-2')
    screen.getByText('rename').click()
    await screen.findByText('status:success')
    expect(screen.getByText('detail:renamed')).toBeTruthy()
    expect(screen.getByText('list:renamed')).toBeTruthy()
    expect(screen.getByText('inf:renamed')).toBeTruthy()
    // Updating does not refetch the lists or the record.
    expect(received('GET', 'allocations/clusters/')).toHaveLength(2)
    expect(received('GET', 'allocations/clusters/2/')).toHaveLength(1)
  })

  it('applies an optimistic change at once and rolls it back exactly when refused', async () => {
    const { queryClient, client } = await renderWithKeystone(<><List /><Detail pk={2} /><Update optimistic /></>, { username: 'ada' })
    await screen.findByText('detail:ada-cluster-2')
    await screen.findByText('list:ada-cluster-2')
    const before = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100 }))
    const detailBefore = queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))
    state.current.refuseWrites = 403
    state.current.writeDelay = 150
    screen.getByText('rename').click()
    await screen.findByText('detail:renamed')
    expect(screen.getByText('list:renamed')).toBeTruthy()
    await screen.findByText('status:error')
    expect(screen.getByText('detail:ada-cluster-2')).toBeTruthy()
    expect(screen.getByText('list:ada-cluster-2')).toBeTruthy()
    expect(queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100 }))).toEqual(before)
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))).toEqual(detailBefore)
  })
})

describe('useReplaceCluster', () => {
  it('sends a PUT and writes the answer to the caches', async () => {
    function Replace() {
      const replace = useReplaceCluster()
      return <button onClick={() => replace.mutate({ pk: 3, data: { name: 'replaced', enabled: false } })}>replace</button>
    }
    await renderWithKeystone(<><List /><Detail pk={3} /><Replace /></>, { username: 'ada' })
    await screen.findByText('detail:ada-cluster-3')
    await screen.findByText('list:ada-cluster-3')
    screen.getByText('replace').click()
    await screen.findByText('detail:replaced')
    await screen.findByText('list:replaced')
    expect(received('PUT', 'allocations/clusters/3/')).toHaveLength(1)
  })
})

describe('useDeleteCluster', () => {
  function Delete({ optimistic = false }: { optimistic?: boolean }) {
    const remove = useDeleteCluster({ optimistic })
    return (
      <div>
        <button onClick={() => remove.mutate({ pk: 1 })}>delete</button>
        <p>{`status:${remove.status}`}</p>
      </div>
    )
  }

  it('removes the record from lists and marks its detail entry gone', async () => {
    await renderWithKeystone(<><List /><Infinite /><Detail pk={1} /><Delete /></>, { username: 'ada' })
    await screen.findByText('list:ada-cluster-1')
    await screen.findByText('inf:ada-cluster-1')
    await screen.findByText('detail:ada-cluster-1')
    screen.getByText('delete').click()
    await screen.findByText('status:success')
    expect(screen.getByText('detail:gone')).toBeTruthy()
    expect(screen.queryByText('list:ada-cluster-1')).toBeNull()
    expect(screen.queryByText('inf:ada-cluster-1')).toBeNull()
  })

  it('rolls an optimistic delete back when refused', async () => {
    await renderWithKeystone(<><List /><Delete optimistic /></>, { username: 'ada' })
    await screen.findByText('list:ada-cluster-1')
    state.current.refuseWrites = 403
    state.current.writeDelay = 150
    screen.getByText('delete').click()
    await waitFor(() => expect(screen.queryByText('list:ada-cluster-1')).toBeNull())
    await screen.findByText('status:error')
    expect(screen.getByText('list:ada-cluster-1')).toBeTruthy()
  })
})

describe('useUploadAttachment', () => {
  it('uploads multipart and reports progress', async () => {
    function Upload() {
      const upload = useUploadAttachment()
      const file = new Blob(['hello world'], { type: 'text/plain' })
      return (
        <div>
          <button onClick={() => upload.mutate({ file, name: 'notes.txt', request: 4 })}>upload</button>
          <p>{`${upload.error?.message ?? ''} status:${upload.status} id:${upload.data?.id ?? ''} progress:${upload.progress ? 'yes' : 'no'}`}</p>
        </div>
      )
    }
    // happy-dom's FormData is not one axios' Node http adapter can send, so this test uses XHR
    // (which MSW intercepts too) and token auth (XHR may not set a Cookie header).
    const client = new KeystoneClient({ url: API, token: 'ada', adapter: 'xhr' })
    await renderWithKeystone(<Upload />, { client })
    screen.getByText('upload').click()
    await screen.findByText(/status:success id:7 progress:yes/)
    expect(received('POST', 'allocations/attachments/')).toHaveLength(1)
  })
})

describe('useBatch', () => {
  function Batch({ dryRun = false }: { dryRun?: boolean }) {
    const batch = useBatch()
    return (
      <div>
        <button onClick={() => batch.mutate({ dryRun, actions: [{ ref: 'c', method: 'POST', path: '/allocations/clusters/', payload: { name: 'x' } }] })}>
          run
        </button>
        <p>{`status:${batch.status}`}</p>
      </div>
    )
  }

  it('invalidates every resource the job wrote to', async () => {
    await renderWithKeystone(<><List /><Batch /></>, { username: 'ada' })
    await screen.findByText('list:ada-cluster-1')
    screen.getByText('run').click()
    await screen.findByText('list:batch-cluster')
    expect(received('GET', 'allocations/clusters/')).toHaveLength(2)
  })

  it('leaves the cache alone on a dry run', async () => {
    await renderWithKeystone(<><List /><Batch dryRun /></>, { username: 'ada' })
    await screen.findByText('list:ada-cluster-1')
    screen.getByText('run').click()
    await screen.findByText('status:success')
    expect(received('GET', 'allocations/clusters/')).toHaveLength(1)
  })
})
