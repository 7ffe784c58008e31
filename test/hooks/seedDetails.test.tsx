// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react'
import {
  clusterQueries,
  createKeystoneQueryClient,
  keystoneKeys,
  useCluster,
  useClusters,
  useClustersByIds,
  useDeleteCluster,
  useInfiniteClusters,
  useLogin,
  useLogout,
  useSession,
  useUpdateCluster,
} from 'keystone-api-react'
import { ALICE, CAROL, type MockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { type ReactNode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from './support.ts'

// A detail view opened from a list starts from the list's row: no request while the list is
// fresh, and every write through the hooks keeps the list and the detail alike.
const server = startMswServer()

/** A query client whose data stays fresh for a minute, as a dashboard that opts in to caching. */
const freshFor = (staleTime: number) => createKeystoneQueryClient({ defaultOptions: { queries: { retry: false, staleTime } } })

function List({ limit = 100 }: { limit?: number }): ReactNode {
  const { data } = useClusters({ limit })
  return <ul>{data?.results.map((row) => <li key={row.id}>{`list ${row.id}: ${row.name}`}</li>)}</ul>
}

function Detail({ pk }: { pk: number }): ReactNode {
  const { data } = useCluster(pk)
  return <p>{`detail: ${data === undefined ? '…' : data === null ? 'not found' : data.name}`}</p>
}

/** A list page, and the detail of the record picked by a button (as a row click opens it). */
function Page({ pk, opens = <Detail pk={pk} />, children }: { pk: number; opens?: ReactNode; children?: ReactNode }): ReactNode {
  const [open, setOpen] = useState(false)
  return (
    <main>
      <List />
      <button onClick={() => setOpen(true)}>open</button>
      {open && opens}
      {children}
    </main>
  )
}

/** Renders `ui` as staff once its list has loaded, then forgets the requests made so far. */
async function afterList(ui: ReactNode, staleTime = 60_000, mock: MockKeystone = pageMock()) {
  const rendered = await renderWithKeystone(ui, { server, mock, user: STAFF_USER, queryClient: freshFor(staleTime) })
  await screen.findByText('list 3: summit')
  mock.requests.length = 0
  return rendered
}

describe('a detail opened from a list', () => {
  it('shows the list row without a request while the list is fresh', async () => {
    const { mock } = await afterList(<Page pk={3} />)
    fireEvent.click(screen.getByText('open'))
    // Shown in the same render as the click: no loading state at all.
    expect(screen.getByText('detail: summit')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(mock.requests).toHaveLength(0)
  })

  it('shows the list row at once and refetches it when the list is stale', async () => {
    const { mock } = await afterList(<Page pk={3} />, 0)
    mock.db.clusters.find((row) => row.id === 3)!.name = 'summit-2'
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: summit')).toBeTruthy()
    await screen.findByText('detail: summit-2')
    expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(1)
  })

  it('refetches a record whose list was invalidated', async () => {
    const { mock, queryClient, client } = await afterList(<Page pk={3} />)
    await queryClient.invalidateQueries({ queryKey: keystoneKeys.lists(client, 'clusters'), refetchType: 'none' })
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: summit')).toBeTruthy()
    await waitFor(() => expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(1))
  })

  it('starts from the newest of the cached lists holding the record', async () => {
    const mock = pageMock()
    const { queryClient, client } = await afterList(<Page pk={3} />, 60_000, mock)
    mock.db.clusters.find((row) => row.id === 3)!.name = 'summit-2'
    await queryClient.fetchQuery(clusterQueries.list(client, { limit: 5 }))
    mock.requests.length = 0
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: summit-2')).toBeTruthy()
    expect(mock.requests).toHaveLength(0)
  })

  it('keeps a refetched record when the older list is still cached', async () => {
    const { mock, queryClient, client } = await afterList(<Page pk={3} />)
    fireEvent.click(screen.getByText('open'))
    mock.db.clusters.find((row) => row.id === 3)!.name = 'summit-2'
    await queryClient.refetchQueries({ queryKey: keystoneKeys.detail(client, 'clusters', 3) })
    await screen.findByText('detail: summit-2')
    expect(screen.getByText('list 3: summit')).toBeTruthy()
    // The list, older than the detail read, never overwrites it.
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(screen.getByText('detail: summit-2')).toBeTruthy()
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 3))?.name).toBe('summit-2')
  })

  it('starts from a page of an infinite list', async () => {
    function Pages(): ReactNode {
      const { data } = useInfiniteClusters({ limit: 2 })
      const [open, setOpen] = useState(false)
      return (
        <>
          <p>{data ? `pages: ${data.pages.length}` : 'loading'}</p>
          <button onClick={() => setOpen(true)}>open</button>
          {open && <Detail pk={2} />}
        </>
      )
    }
    const mock = pageMock()
    await renderWithKeystone(<Pages />, { server, mock, user: STAFF_USER, queryClient: freshFor(60_000) })
    await screen.findByText('pages: 1')
    mock.requests.length = 0
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: blanca')).toBeTruthy()
    expect(mock.requests).toHaveLength(0)
  })

  it('lets an initialData option of its own win over the list row', async () => {
    const mock = pageMock()
    const given = { ...mock.records('clusters').find((row) => row.id === 3)!, name: 'given' }
    function Own(): ReactNode {
      const { data } = useCluster(3, { initialData: () => given })
      return <p>{`own: ${data?.name}`}</p>
    }
    await afterList(<Page pk={3} opens={<Own />} />, 60_000, mock)
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('own: given')).toBeTruthy()
  })

  it('seeds the by-ids hooks too', async () => {
    function Names(): ReactNode {
      const { data } = useClustersByIds([1, 3])
      return <p>{`names: ${data.map((row) => row.name).join(',')}`}</p>
    }
    const { mock } = await afterList(<Page pk={3} opens={<Names />} />)
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('names: alpine,summit')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(mock.requests).toHaveLength(0)
  })
})

describe('writes to a record opened from a list', () => {
  function Writes({ optimistic = false }: { optimistic?: boolean }): ReactNode {
    const update = useUpdateCluster({ optimistic })
    const remove = useDeleteCluster()
    return (
      <>
        <button onClick={() => update.mutate({ pk: 3, data: { name: 'peak' } })}>rename</button>
        <button onClick={() => remove.mutate({ pk: 3 })}>delete</button>
        <p>{`update: ${update.status}`}</p>
        <p>{`delete: ${remove.status}`}</p>
      </>
    )
  }

  it('shows an update in the list and in the detail', async () => {
    const { mock } = await afterList(<Page pk={3}><Writes /></Page>)
    fireEvent.click(screen.getByText('open'))
    fireEvent.click(screen.getByText('rename'))
    await screen.findByText('update: success')
    await screen.findByText('detail: peak')
    expect(screen.getByText('list 3: peak')).toBeTruthy()
    expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(0)
  })

  it('shows a delete as a detail not found and a list without the row', async () => {
    await afterList(<Page pk={3}><Writes /></Page>)
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: summit')).toBeTruthy()
    fireEvent.click(screen.getByText('delete'))
    await screen.findByText('delete: success')
    await screen.findByText('detail: not found')
    await waitFor(() => expect(screen.queryByText('list 3: summit')).toBeNull())
    expect(screen.getByText('list 2: blanca')).toBeTruthy()
  })

  it('shows a pending optimistic change in a detail opened while it waits for its answer', async () => {
    const mock = pageMock()
    const { queryClient, client } = await afterList(<Page pk={3}><Writes optimistic /></Page>, 60_000, mock)
    mock.fail({ path: 'allocations/clusters/3/', method: 'PATCH' }, { delay: 200 })
    fireEvent.click(screen.getByText('rename'))
    await screen.findByText('list 3: peak')
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: peak')).toBeTruthy()
    expect(screen.getByText('update: pending')).toBeTruthy()
    await screen.findByText('update: success')
    expect(screen.getByText('detail: peak')).toBeTruthy()
    expect(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 3))?.name).toBe('peak')
    expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(0)
  })

  it('takes a refused optimistic change back from the seeded detail too', async () => {
    const mock = pageMock()
    await afterList(<Page pk={3}><Writes optimistic /></Page>, 60_000, mock)
    mock.fail({ path: 'allocations/clusters/3/', method: 'PATCH' }, { status: 400, body: { name: ['Refused.'] }, delay: 100 })
    fireEvent.click(screen.getByText('rename'))
    fireEvent.click(screen.getByText('open'))
    expect(screen.getByText('detail: peak')).toBeTruthy()
    await screen.findByText('update: error')
    await screen.findByText('detail: summit')
    expect(screen.getByText('list 3: summit')).toBeTruthy()
  })
})

describe('seeding across a change of user', () => {
  function Session(): ReactNode {
    const session = useSession()
    const login = useLogin()
    const logout = useLogout()
    return (
      <>
        <p>{`session: ${session.user?.username ?? session.status}`}</p>
        <button onClick={() => logout.mutate()}>log out</button>
        <button onClick={() => login.mutate({ username: CAROL.username, password: CAROL.password })}>log in as carol</button>
      </>
    )
  }

  it('never seeds the next user\'s details from the previous user\'s lists', async () => {
    const mock = pageMock()
    const { queryClient, client } = await renderWithKeystone(<Page pk={3}><Session /></Page>, {
      server,
      mock,
      user: ALICE.username,
      queryClient: freshFor(60_000),
    })
    await screen.findByText('list 3: summit')
    const alice = { baseUrl: client.baseUrl, sessionKey: client.sessionKey }
    const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 100 }))!
    fireEvent.click(screen.getByText('log out'))
    await screen.findByText('session: anonymous')
    fireEvent.click(screen.getByText('log in as carol'))
    await screen.findByText('session: carol')
    await screen.findByText('list 3: summit')
    // alice's page lands in the cache again under her key (as a late answer of hers would), with a name carol's server never sent.
    const altered = { ...page, results: page.results.map((row) => (row.id === 3 ? { ...row, name: 'seen by alice' } : row)) }
    queryClient.setQueryData(keystoneKeys.list(alice, 'clusters', { limit: 100 }), altered)
    queryClient.removeQueries({ queryKey: keystoneKeys.lists(client, 'clusters') })
    mock.requests.length = 0
    fireEvent.click(screen.getByText('open'))
    await screen.findByText('detail: summit')
    expect(screen.queryByText('detail: seen by alice')).toBeNull()
    expect(received(mock, 'GET', 'allocations/clusters/3/')).toHaveLength(1)
  })
})
