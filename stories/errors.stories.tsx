import type { Meta, StoryObj } from '@storybook/react-vite'
import { useClusters, useCreateCluster } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type ReactNode, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { describeError, ErrorMessage, RequestLog } from './support/Status.tsx'

const SERVER_ERROR = { status: 500, body: { detail: 'A server error occurred.' } }

/** Clusters, with the retry policy made visible: 5xx and 429 are retried, the rest shown at once. */
function ResilientClusters({ retryDelay }: { retryDelay?: number }): ReactNode {
  const clusters = useClusters({ order: 'name' }, retryDelay === undefined ? {} : { retryDelay })
  const create = useCreateCluster()
  const [created, setCreated] = useState(0)
  const addCluster = (): void => {
    setCreated(created + 1)
    create.mutate({ name: `burst-${created + 1}` })
  }
  return (
    <div>
      {clusters.isPending && clusters.failureReason && (
        <p role="status">
          {describeError(clusters.failureReason)} Retrying (attempt {clusters.failureCount + 1})…
        </p>
      )}
      {clusters.isPending && !clusters.failureReason && <p role="status">Loading clusters…</p>}
      {clusters.error && <ErrorMessage error={clusters.error} onRetry={() => clusters.refetch()} />}
      <ul aria-label="Clusters">{clusters.data?.results.map((cluster) => <li key={cluster.id}>{cluster.name}</li>)}</ul>
      <button type="button" onClick={addCluster} disabled={create.isPending}>
        Add cluster
      </button>
      {create.error && <ErrorMessage error={create.error} />}
      <h4>Network</h4>
      <RequestLog path="allocations/clusters/" />
    </div>
  )
}

const meta = {
  title: 'Hooks/Errors and throttling',
  component: ResilientClusters,
} satisfies Meta<typeof ResilientClusters>

export default meta
type Story = StoryObj<typeof meta>

/** One 500: the query says it is retrying, then shows the clusters (backoff of 1 s). */
export const ServerErrorRecovers: Story = {
  ...keystoneStory({ user: STAFF_USER, faults: [[{ path: 'allocations/clusters/', method: 'GET' }, SERVER_ERROR]] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/500: A server error occurred\. Retrying \(attempt 2\)/)).toBeVisible()
    await expect(await canvas.findByText('alpine', {}, { timeout: 3000 })).toBeVisible()
    const log = within(canvas.getByRole('list', { name: 'Requests' }))
    await waitFor(() =>
      expect(log.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['GET allocations/clusters/ → 500', 'GET allocations/clusters/ → 200']),
    )
  },
}

/** A 500 that lasts: after three retries the error stays on screen, and Retry succeeds once the server is back. */
export const ServerErrorGivesUp: Story = {
  args: { retryDelay: 50 },
  ...keystoneStory({ user: STAFF_USER, faults: [[{ path: 'allocations/clusters/', method: 'GET', times: 4 }, SERVER_ERROR]] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('500: A server error occurred.')
    await waitFor(() => expect(within(canvas.getByRole('list', { name: 'Requests' })).getAllByRole('listitem')).toHaveLength(4))
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(await canvas.findByText('alpine')).toBeVisible()
  },
}

/** A 429 on a read: the client waits the server's `Retry-After` (1 s) and asks again, unseen by the user. */
export const ThrottledRead: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    faults: [[{ path: 'allocations/clusters/', method: 'GET' },
        { status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } }]],
  }),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('alpine', {}, { timeout: 3000 })).toBeVisible()
    const statuses = requestsOf(context).filter((request) => request.path === 'allocations/clusters/').map((request) => request.status)
    await expect(statuses).toEqual([429, 200])
  },
}

/**
 * The mock's throttle at 2 requests a minute, spent by the page load (whoami, clusters): the next
 * write is refused with 429 and `Retry-After`, and never retried (a second POST could duplicate).
 */
export const ThrottledWrite: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    mock: { throttle: { perMinute: 2 } },
    // A real server's throttle is per deployment: its answer to the spent budget stands in front of it.
    liveFaults: [[{ path: 'allocations/clusters/', method: 'POST' }, { status: 429, headers: { 'Retry-After': '42' }, body: { detail: 'Request was throttled. Expected available in 42 seconds.' } }]],
  }),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('alpine')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Add cluster' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/^429: Request was throttled\. Expected available in \d+ seconds\. Try again in \d+ s\./)
    const posts = requestsOf(context).filter((request) => request.method === 'POST')
    await expect(posts.map((request) => request.status)).toEqual([429])
    await expect(canvas.queryByText('burst-1')).toBeNull()
  },
}
