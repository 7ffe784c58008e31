// @vitest-environment happy-dom
// Request and render figures, measured on real React rendering against the mock
// Keystone. Run by `npm run bench` (vitest project `bench`); figures go to bench/.out/react.json.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { QueryClient } from '@tanstack/react-query'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { memo, Profiler, StrictMode, type ReactNode, useState } from 'react'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import {
  KeystoneClient,
  KeystoneProvider,
  useAllocations,
  useCluster,
  useClusters,
  useClustersByIds,
  useRequestsByIds,
  useUpdateCluster,
  type KeystoneUser,
  type RecordOf,
} from 'keystone-api-react'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '.out/react.json')
const figures: { name: string; value: number; target: string; ok: boolean }[] = []
// Same origin as the page: in a DOM the mock keeps its session in document.cookie (src/testing).
const mock = createMockKeystone({ baseUrl: `${location.origin}/api/` })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  mock.reset()
})
afterAll(() => {
  server.close()
  fs.mkdirSync(path.dirname(OUT), { recursive: true })
  fs.writeFileSync(OUT, JSON.stringify(figures, null, 2))
})

/** A logged-in client and the number of requests the mock had seen before the UI mounted. */
async function session(): Promise<{ client: KeystoneClient; user: KeystoneUser; before: number }> {
  const client = new KeystoneClient({ url: mock.baseUrl, adapter: 'http' })
  const user = await client.login({ username: STAFF_USER.username, password: STAFF_USER.password })
  return { client, user, before: mock.requests.length }
}

/** Mounts `ui` as a dashboard does after its login form: the login answer is the session user. */
function mount({ client, user }: { client: KeystoneClient; user: KeystoneUser }, ui: ReactNode, strict = false) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const tree = (
    <KeystoneProvider client={client} queryClient={queryClient} initialUser={user}>
      {ui}
    </KeystoneProvider>
  )
  return render(strict ? <StrictMode>{tree}</StrictMode> : tree)
}

/** Grows the mock to `count` allocations spread over its clusters and requests. */
function seedAllocations(count: number): void {
  const { allocations, clusters, requests } = mock.db
  const template = allocations[0]!
  for (let id = allocations.length + 1; id <= count; id++) {
    allocations.push({ ...template, id, cluster: clusters[id % clusters.length]!.id, request: requests[id % requests.length]!.id })
  }
}

function AllocationRow({ allocation }: { allocation: RecordOf<'allocations'> }) {
  const cluster = useClustersByIds([allocation.cluster]).data[0]
  const request = useRequestsByIds([allocation.request]).data[0]
  return (
    <tr>
      <td>{allocation.id}</td>
      <td>{cluster?.name ?? '…'}</td>
      <td>{request?.title ?? '…'}</td>
    </tr>
  )
}

function AllocationTable() {
  const { data } = useAllocations({ limit: 100, order: 'id' })
  if (!data) return <p>Loading</p>
  const resolved = data.results.length
  return (
    <table>
      <caption>{resolved} allocations</caption>
      <tbody>
        {data.results.map((allocation) => (
          <AllocationRow key={allocation.id} allocation={allocation} />
        ))}
      </tbody>
    </table>
  )
}

function record(name: string, value: number, limit: number) {
  figures.push({ name, value, target: `<= ${limit}`, ok: value <= limit })
}

it('renders a table of 100 allocations with cluster names and request titles', async () => {
  seedAllocations(100)
  for (const strict of [false, true]) {
    const { before, ...login } = await session()
    mount(login, <AllocationTable />, strict)
    await screen.findByText('100 allocations')
    await waitFor(() => expect(screen.queryByText('…')).toBeNull())
    const sent = mock.requests.slice(before)
    const whoami = sent.filter((r) => r.path === 'authentication/whoami/').length
    record(`requests: 100-allocation table with names${strict ? ', StrictMode' : ''} (${whoami} of them whoami)`, sent.length, 3)
    cleanup()
  }
})

function SharedList() {
  const { data } = useClusters({ limit: 10 })
  return <span>{data ? 'ok' : 'wait'}</span>
}

it('mounts 100 components with the same list query', async () => {
  const { before, ...login } = await session()
  mount(login, Array.from({ length: 100 }, (_, i) => <SharedList key={i} />))
  await waitFor(() => expect(screen.getAllByText('ok')).toHaveLength(100))
  const sent = mock.requests.slice(before).filter((r) => r.path === 'allocations/clusters/')
  record('requests: 100 components, one list query', sent.length, 1)
})

const renders = new Map<number, number>()
const countRender = (id: string) => renders.set(Number(id), (renders.get(Number(id)) ?? 0) + 1)

const ClusterRow = memo(function ClusterRow({ cluster }: { cluster: RecordOf<'clusters'> }) {
  return (
    <Profiler id={String(cluster.id)} onRender={countRender}>
      <li>{cluster.name}</li>
    </Profiler>
  )
})

function DetailRow({ id }: { id: number }) {
  const { data } = useCluster(id)
  return (
    <Profiler id={String(id)} onRender={countRender}>
      <li>{data?.name ?? '…'}</li>
    </Profiler>
  )
}

function Editor({ children }: { children: ReactNode }) {
  const update = useUpdateCluster()
  return (
    <>
      <button onClick={() => update.mutate({ pk: 7, data: { name: 'renamed-7' } })}>rename</button>
      <ul>{children}</ul>
    </>
  )
}

function ClusterList() {
  const { data } = useClusters({ limit: 100, order: 'id' })
  return <Editor>{data?.results.map((cluster) => <ClusterRow key={cluster.id} cluster={cluster} />)}</Editor>
}

it('re-renders only the row of the updated record', async () => {
  const { clusters } = mock.db
  for (let id = clusters.length + 1; id <= 100; id++) clusters.push({ ...clusters[0]!, id, name: `cluster-${id}` })
  for (const [label, ui] of [
    ['list rows (memo)', <ClusterList key="list" />],
    ['detail hook per row', <Editor key="detail">{Array.from({ length: 100 }, (_, i) => <DetailRow key={i} id={i + 1} />)}</Editor>],
  ] as const) {
    mount(await session(), ui)
    await screen.findByText('cluster-100')
    await waitFor(() => expect(screen.queryByText('…')).toBeNull())
    renders.clear()
    await act(async () => screen.getByText('rename').click())
    await screen.findByText('renamed-7')
    const rerendered = [...renders.keys()]
    record(`renders: rows re-rendered after updating 1 of 100 (${label})`, rerendered.length, 1)
    cleanup()
  }
})

// Detail views seeded from lists, and tables named from the summaries the server embeds.

function OpenFromList({ pk }: { pk: number }) {
  const [open, setOpen] = useState(false)
  const { data } = useClusters({ limit: 100, order: 'id' })
  return (
    <>
      <button onClick={() => setOpen(true)}>open</button>
      <p>{data ? 'list ready' : 'list loading'}</p>
      {open && <ClusterName pk={pk} />}
    </>
  )
}

function ClusterName({ pk }: { pk: number }) {
  const { data, isFetching } = useCluster(pk)
  return <p>{isFetching ? 'fetching' : `detail: ${data?.name ?? '…'}`}</p>
}

it('opens a detail view from a list', async () => {
  // Fresh: a dashboard that keeps data fresh for 30 s; stale: TanStack's default staleTime of 0.
  for (const staleTime of [30_000, 0]) {
    const login = await session()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime } } })
    render(
      <KeystoneProvider client={login.client} queryClient={queryClient} initialUser={login.user}>
        <OpenFromList pk={3} />
      </KeystoneProvider>,
    )
    await screen.findByText('list ready')
    const before = mock.requests.length
    await act(async () => screen.getByText('open').click())
    await screen.findByText('detail: summit')
    const sent = mock.requests.length - before
    if (staleTime) record('requests: detail opened from a fresh list', sent, 0)
    else record('requests: detail opened from a stale list (staleTime 0: shown at once, then refetched)', sent, 1)
    cleanup()
  }
})

function SummaryTable() {
  const { data } = useAllocations({ limit: 100, order: 'id' })
  if (!data) return <p>Loading</p>
  return (
    <table>
      <caption>{data.results.length} allocations</caption>
      <tbody>
        {data.results.map((allocation) => (
          <tr key={allocation.id}>
            <td>{allocation.id}</td>
            <td>{allocation._cluster.name}</td>
            <td>{allocation._request.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

it('renders a table of 100 allocations named from the embedded summaries', async () => {
  seedAllocations(100)
  const { before, ...login } = await session()
  mount(login, <SummaryTable />)
  await screen.findByText('100 allocations')
  expect(screen.getAllByText(mock.db.clusters[1]!.name as string).length).toBeGreaterThan(0)
  record('requests: allocation table of 100 using summaries', mock.requests.length - before, 1)
})
