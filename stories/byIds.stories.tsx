import type { Meta, StoryObj } from '@storybook/react-vite'
import { useAllocations, useCluster, useClustersByIds, useRequestsByIds } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type ReactNode, useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { clusterId, keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading, RequestCount } from './support/Status.tsx'

/** `useCluster`: one cluster's card; `null` data means the cluster does not exist (404). */
function ClusterCard({ id }: { id: number }): ReactNode {
  const cluster = useCluster(id)
  if (cluster.isPending) return <Loading what={`cluster ${id}`} />
  if (cluster.error) return <ErrorMessage error={cluster.error} />
  if (!cluster.data) return <p>Cluster {id} not found</p>
  return (
    <aside aria-label="Cluster">
      <h4>{cluster.data.name}</h4>
      <p>{cluster.data.description ?? 'No description'}</p>
    </aside>
  )
}

/** Allocations with cluster and request names resolved by id: one `id__in` request per resource. */
function AllocationTable(): ReactNode {
  const allocations = useAllocations({ order: 'id', limit: 20 })
  const rows = allocations.data?.results ?? []
  const clusters = useClustersByIds(rows.map((row) => row.cluster))
  const requests = useRequestsByIds(rows.map((row) => row.request))
  const [shown, setShown] = useState<number>()
  const clusterName = (id: number): string => clusters.data.find((cluster) => cluster.id === id)?.name ?? '…'
  const requestTitle = (id: number): string => requests.data.find((request) => request.id === id)?.title ?? '…'
  if (allocations.isPending) return <Loading what="allocations" />
  if (allocations.error) return <ErrorMessage error={allocations.error} />
  return (
    <div>
      {(clusters.error ?? requests.error) && <ErrorMessage error={(clusters.error ?? requests.error)!} />}
      <table>
        <thead>
          <tr>
            <th>Request</th>
            <th>Cluster</th>
            <th>Requested SUs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{requestTitle(row.request)}</td>
              <td>
                <button type="button" onClick={() => setShown(row.cluster)}>
                  {clusterName(row.cluster)}
                </button>
              </td>
              <td>{row.requested.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RequestCount />
      {shown !== undefined && <ClusterCard id={shown} />}
    </div>
  )
}

const meta = {
  title: 'Hooks/By-id and detail',
  component: AllocationTable,
} satisfies Meta<typeof AllocationTable>

export default meta
type Story = StoryObj<typeof meta>

/** `useClustersByIds` and `useRequestsByIds`: every name resolved with one request per resource. */
export const ResolvedNames: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, context }) => {
    await expect((await canvas.findAllByRole('button', { name: 'alpine' }))[0]).toBeVisible()
    await expect((await canvas.findAllByText('Climate modelling Alpha 1'))[0]).toBeVisible()
    const requests = requestsOf(context)
    const byIds = requests.filter((request) => request.query.id__in)
    await expect(byIds.map((request) => request.path).sort()).toEqual(['allocations/clusters/', 'allocations/requests/'])
    // whoami, the allocation page and the two merged by-id loads.
    await expect(await canvas.findByText('Requests sent: 4')).toBeVisible()

    // The by-id load filled the detail entry: the card shows at once, then revalidates in the background.
    await userEvent.click(canvas.getAllByRole('button', { name: 'blanca' })[0]!)
    const card = within(canvas.getByRole('complementary', { name: 'Cluster' }))
    await expect(card.getByText('GPU cluster for team Alpha')).toBeVisible()
    await expect(await canvas.findByText('Requests sent: 5')).toBeVisible()
    await expect(requests.at(-1)?.path).toBe(`allocations/clusters/${await clusterId(context, 'blanca')}/`)
  },
}

/** `useCluster` of a deleted record answers `null`: the card says so instead of failing. */
export const MissingRecord: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    arrange: (mock) => mock.db.clusters.splice(mock.db.clusters.findIndex((row) => row.name === 'blanca'), 1),
    // A real server cannot lose a cluster its allocations point at (deleting it answers 500): its
    // answers lose it instead, found by name since the server chose its id; the card opened is
    // always that cluster's, so every cluster's detail read may answer 404.
    liveFaults: [
      [{ path: 'allocations/clusters/', method: 'GET', times: 100 }, { withoutName: 'blanca' }],
      [{ path: /^allocations\/clusters\/\d+\/$/, method: 'GET', times: 100 }, { status: 404, body: { detail: 'No Cluster matches the given query.' } }],
    ],
  }),
  play: async ({ canvas }) => {
    await expect((await canvas.findAllByRole('button', { name: 'alpine' }))[0]).toBeVisible()
    await userEvent.click(canvas.getAllByRole('button', { name: '…' })[0]!)
    await expect(await canvas.findByText(/^Cluster \d+ not found$/)).toBeVisible()
  },
}
