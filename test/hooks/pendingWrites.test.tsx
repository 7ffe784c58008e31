// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react'
import { keystoneKeys, useCluster, useClusters, useDeleteCluster, usePendingWrites, usePendingWritesGuard, useUpdateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from './support.ts'

const server = startMswServer()

type Update = ReturnType<typeof useUpdateCluster>
type Delete = ReturnType<typeof useDeleteCluster>
const hooks: { update?: Update; remove?: Delete } = {}

function Page({ guard = false }: { guard?: boolean }) {
  const { data: page } = useClusters({ limit: 100 })
  const { data } = useCluster(2)
  const update = useUpdateCluster({ optimistic: true })
  const remove = useDeleteCluster({ optimistic: true })
  useEffect(() => {
    hooks.update = update
    hooks.remove = remove
  })
  const pending = usePendingWritesGuard(guard)
  const seen = usePendingWrites()
  return (
    <div>
      <p>{`detail:${data === null ? 'gone' : (data?.name ?? '...')}`}</p>
      <p>{`rows:${page?.results.map((row) => row.name).join(',') ?? '...'}`}</p>
      <p>{`pending:${pending.length}/${seen.map(({ kind, pk }) => `${kind}-${pk}`).join(',')}`}</p>
    </div>
  )
}

async function renderPage(guard = false) {
  const mock = pageMock()
  const rendered = await renderWithKeystone(<Page guard={guard} />, { server, mock, user: STAFF_USER })
  await screen.findByText('detail:blanca')
  await screen.findByText(/^rows:alpine/)
  return { ...rendered, mock }
}

function leave(): Event {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event
}

describe('writes to one record', () => {
  it('run one after another, while writes to other records run alongside', async () => {
    const { mock, queryClient } = await renderPage()
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { delay: 150 })
    act(() => {
      hooks.update!.mutate({ pk: 2, data: { name: 'slow' } })
      hooks.update!.mutate({ pk: 2, data: { name: 'later' } })
      hooks.update!.mutate({ pk: 3, data: { name: 'other' } })
    })
    // Record 3 is saved while record 2's first write is still on its way.
    await waitFor(() => expect(mock.records('clusters').find((row) => row.id === 3)?.name).toBe('other'))
    expect(received(mock, 'PATCH', 'allocations/clusters/2/')).toHaveLength(1)
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    expect(received(mock, 'PATCH', 'allocations/clusters/2/')).toHaveLength(2)
    expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('later')
    expect(screen.getByText('detail:later')).toBeTruthy()
  })

  it('refuses an update made after a delete, leaving no ghost row', async () => {
    const { mock, queryClient, client } = await renderPage()
    act(() => {
      hooks.remove!.mutate({ pk: 2 })
      hooks.update!.mutate({ pk: 2, data: { name: 'ghost' } })
    })
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(received(mock, 'GET', 'allocations/clusters/2/').length).toBeGreaterThan(1))
    expect(received(mock, 'PATCH', 'allocations/clusters/2/').map((request) => request.status)).toEqual([404])
    await screen.findByText('detail:gone')
    expect(screen.getByText(/^rows:/).textContent).not.toMatch(/blanca|ghost/)
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 2))).toBeNull()
    expect(mock.records('clusters').some((row) => row.id === 2)).toBe(false)
  })

  it('reads the record once when 20 overlapping writes end with refusals', async () => {
    const { mock, queryClient } = await renderPage()
    const reads = received(mock, 'GET', 'allocations/clusters/2/').length
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH', times: 5 }, { status: 403, body: { detail: 'Refused.' } })
    act(() => {
      for (let index = 1; index <= 20; index++) hooks.update!.mutate({ pk: 2, data: { name: `name-${index}` } })
    })
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(received(mock, 'GET', 'allocations/clusters/2/')).toHaveLength(reads + 1))
    expect(received(mock, 'PATCH', 'allocations/clusters/2/')).toHaveLength(20)
    expect(mock.records('clusters').find((row) => row.id === 2)?.name).toBe('name-20')
    await screen.findByText('detail:name-20')
    expect(screen.getByText(/^rows:/).textContent).toContain('name-20')
  })
})

describe('refused optimistic deletes', () => {
  it('put every row back where it was, whatever order the refusals come in', async () => {
    const { mock, queryClient } = await renderPage()
    const before = screen.getByText(/^rows:/).textContent
    mock.fail({ path: 'allocations/clusters/1/', method: 'DELETE' }, { status: 403, body: { detail: 'Refused.' } })
    mock.fail({ path: 'allocations/clusters/3/', method: 'DELETE' }, { status: 403, delay: 60, body: { detail: 'Refused.' } })
    act(() => {
      hooks.remove!.mutate({ pk: 1 })
      hooks.remove!.mutate({ pk: 3 })
    })
    await screen.findByText('rows:blanca,legacy')
    await waitFor(() => expect(queryClient.isMutating()).toBe(0))
    await waitFor(() => expect(screen.getByText(/^rows:/).textContent).toBe(before))
  })
})

describe('usePendingWrites', () => {
  it('lists the writes not yet answered, queued ones included', async () => {
    const { mock } = await renderPage()
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { delay: 100 })
    expect(screen.getByText('pending:0/')).toBeTruthy()
    act(() => {
      hooks.update!.mutate({ pk: 2, data: { name: 'one' } })
      hooks.remove!.mutate({ pk: 3 })
    })
    await screen.findByText('pending:2/update-2,delete-3')
    await screen.findByText('pending:1/update-2')
    await screen.findByText('pending:0/')
  })
})

describe('usePendingWritesGuard', () => {
  it('asks before the tab closes while a write is pending, and only then', async () => {
    const { mock } = await renderPage(true)
    expect(leave().defaultPrevented).toBe(false)
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { delay: 100 })
    act(() => hooks.update!.mutate({ pk: 2, data: { name: 'unsaved' } }))
    await screen.findByText('pending:1/update-2')
    expect(leave().defaultPrevented).toBe(true)
    await screen.findByText('pending:0/')
    expect(leave().defaultPrevented).toBe(false)
  })

  it('does not ask when turned off', async () => {
    const { mock } = await renderPage(false)
    mock.fail({ path: 'allocations/clusters/2/', method: 'PATCH' }, { delay: 100 })
    act(() => hooks.update!.mutate({ pk: 2, data: { name: 'unsaved' } }))
    await screen.findByText('pending:1/update-2')
    expect(leave().defaultPrevented).toBe(false)
  })
})
