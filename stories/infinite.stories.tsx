import type { Meta, StoryObj } from '@storybook/react-vite'
import { useInfiniteRequests } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor } from 'storybook/test'
import { failNext, keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

/** Allocation requests, two at a time, with a "Load more" button until the last page. */
function RequestFeed(): ReactNode {
  const feed = useInfiniteRequests({ limit: 2, order: 'id' })
  if (feed.isPending) return <Loading what="requests" />
  if (feed.error && !feed.data) return <ErrorMessage error={feed.error} onRetry={() => feed.refetch()} />
  const requests = feed.data?.pages.flatMap((page) => page.results) ?? []
  const total = feed.data?.pages[0]?.count ?? 0
  return (
    <div>
      <ol>
        {requests.map((request) => (
          <li key={request.id}>
            {request.title} <small>({request.status})</small>
          </li>
        ))}
      </ol>
      {feed.isFetchNextPageError && <ErrorMessage error={feed.error!} />}
      {feed.hasNextPage ? (
        <button type="button" onClick={() => feed.fetchNextPage()} disabled={feed.isFetchingNextPage}>
          {feed.isFetchingNextPage ? 'Loading more…' : `Load more (${requests.length} of ${total})`}
        </button>
      ) : (
        <p>All {total} requests loaded</p>
      )}
    </div>
  )
}

const meta = {
  title: 'Hooks/Infinite lists',
  component: RequestFeed,
} satisfies Meta<typeof RequestFeed>

export default meta
type Story = StoryObj<typeof meta>

/** `useInfiniteRequests`: each click fetches the next offset until `next` is null. */
export const LoadMore: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('Climate modelling Alpha 1')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Load more (2 of 6)' }))
    await userEvent.click(await canvas.findByRole('button', { name: 'Load more (4 of 6)' }))
    await expect(await canvas.findByText('All 6 requests loaded')).toBeVisible()
    await expect(canvas.getAllByRole('listitem')).toHaveLength(6)
    const offsets = requestsOf(context).filter((request) => request.path === 'allocations/requests/').map((request) => request.query._offset)
    await expect(offsets).toEqual(['0', '2', '4'])
  },
}

/** A failed next page keeps the loaded ones on screen and shows the error beside them. */
export const NextPageFails: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, context }) => {
    await expect(await canvas.findByText('Climate modelling Alpha 1')).toBeVisible()
    failNext(context, { path: 'allocations/requests/', method: 'GET' }, { status: 403, body: { detail: 'You do not have permission to perform this action.' } })
    await userEvent.click(canvas.getByRole('button', { name: /Load more/ }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('403')
    await expect(canvas.getByText('Climate modelling Alpha 1')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: /Load more/ }))
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(4))
  },
}
