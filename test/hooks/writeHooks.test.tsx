// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react'
import { keystoneKeys, useCluster, useClusters, useCreateCluster, useDeleteCluster, useInfiniteClusters, useReplaceCluster, useUpdateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

function List() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((row) => <li key={row.id}>{`list:${row.name}`}</li>)}</ul>
}
function Infinite() {
  const { data } = useInfiniteClusters({ limit: 2 })
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
    const { queryClient, client, mock } = await renderWithKeystone(<><List /><Create /></>, { server, user: STAFF_USER })
    await screen.findByText('list:alpine')
    screen.getByText('create').click()
    await screen.findByText('list:new-cluster')
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 5))?.name).toBe('new-cluster')
    expect(received(mock, 'POST', 'allocations/clusters/')).toHaveLength(1)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(2)
  })

  it('exposes the field errors of a 400 in a form-friendly shape', async () => {
    const { mock } = await renderWithKeystone(<Create />, { server, user: STAFF_USER })
    screen.getByText('create empty').click()
    await screen.findByText(/^status:error name-error:\S/)
    expect(received(mock, 'POST', 'allocations/clusters/')).toHaveLength(1)
    expect(mock.records('clusters')).toHaveLength(4)
  })
})

describe('useUpdateCluster', () => {
  function Update() {
    const update = useUpdateCluster()
    return (
      <div>
        <button onClick={() => update.mutate({ pk: 2, data: { name: 'renamed' } })}>rename</button>
        <p>{`status:${update.status}`}</p>
      </div>
    )
  }

  it('replaces the record in its detail entry, list pages and infinite pages without refetching them', async () => {
    const { mock } = await renderWithKeystone(<><List /><Infinite /><Detail pk={2} /><Update /></>, { server, user: STAFF_USER })
    await screen.findByText('detail:blanca')
    await screen.findByText('inf:blanca')
    await screen.findByText('list:blanca')
    screen.getByText('rename').click()
    await screen.findByText('status:success')
    expect(screen.getByText('detail:renamed')).toBeTruthy()
    expect(screen.getByText('list:renamed')).toBeTruthy()
    expect(screen.getByText('inf:renamed')).toBeTruthy()
    expect(received(mock, 'PATCH', 'allocations/clusters/2/')).toHaveLength(1)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(2)
    expect(received(mock, 'GET', 'allocations/clusters/2/')).toHaveLength(1)
    expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('renamed')
  })
})

describe('useUpdateCluster on lists that filter or order', () => {
  it('refetches them, so a record that no longer matches leaves them (merging alone would keep it)', async () => {
    function Enabled() {
      const { data } = useClusters({ filters: { enabled: true }, order: 'name', limit: 100 })
      return <p>{`enabled:${data?.results.map((row) => row.name).join(',') ?? '...'}`}</p>
    }
    function Disable() {
      const update = useUpdateCluster()
      return <button onClick={() => update.mutate({ pk: 2, data: { enabled: false } })}>disable</button>
    }
    const { mock } = await renderWithKeystone(<><Enabled /><List /><Disable /></>, { server, user: STAFF_USER })
    await screen.findByText('enabled:alpine,blanca,summit')
    screen.getByText('disable').click()
    await screen.findByText('enabled:alpine,summit')
    expect(screen.getByText('list:blanca')).toBeTruthy()
    expect(received(mock, 'GET', 'allocations/clusters/').length).toBe(3)
  })
})

describe('useReplaceCluster', () => {
  it('sends a PUT and writes the answer to the caches', async () => {
    function Replace() {
      const replace = useReplaceCluster()
      return <button onClick={() => replace.mutate({ pk: 3, data: { name: 'replaced', enabled: false } })}>replace</button>
    }
    const { mock } = await renderWithKeystone(<><List /><Detail pk={3} /><Replace /></>, { server, user: STAFF_USER })
    await screen.findByText('detail:summit')
    await screen.findByText('list:summit')
    screen.getByText('replace').click()
    await screen.findByText('detail:replaced')
    await screen.findByText('list:replaced')
    expect(received(mock, 'PUT', 'allocations/clusters/3/')).toHaveLength(1)
  })
})

describe('useDeleteCluster', () => {
  it('removes the record from lists and marks its detail entry gone', async () => {
    function Delete() {
      const remove = useDeleteCluster()
      return (
        <div>
          <button onClick={() => remove.mutate({ pk: 4 })}>delete</button>
          <p>{`status:${remove.status}`}</p>
        </div>
      )
    }
    const { mock } = await renderWithKeystone(<><List /><Infinite /><Detail pk={4} /><Delete /></>, { server, user: STAFF_USER })
    await screen.findByText('list:legacy')
    await screen.findByText('detail:legacy')
    await waitFor(() => expect(screen.queryAllByText(/^inf:/)).toHaveLength(2))
    screen.getByText('delete').click()
    await screen.findByText('status:success')
    expect(screen.getByText('detail:gone')).toBeTruthy()
    await waitFor(() => expect(screen.queryByText('list:legacy')).toBeNull())
    expect(screen.queryByText('inf:legacy')).toBeNull()
    expect(received(mock, 'DELETE', 'allocations/clusters/4/')).toHaveLength(1)
  })
})
