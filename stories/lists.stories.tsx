import type { Meta, StoryObj } from '@storybook/react-vite'
import { useClusters } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type ReactNode, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { keystoneStory, REAL_KEYSTONE_URL, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

const PAGE_SIZE = 2
type Enabled = 'any' | 'true' | 'false'

/** Clusters, a page at a time, with search, an enabled filter and ordering by name. */
function ClusterTable(): ReactNode {
  const [page, setPage] = useState(0)
  const [search, setSearch] = useState('')
  const [enabled, setEnabled] = useState<Enabled>('any')
  const [descending, setDescending] = useState(false)
  const clusters = useClusters({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    search: search || undefined,
    filters: enabled === 'any' ? {} : { enabled: enabled === 'true' },
    order: descending ? '-name' : 'name',
  })
  const pages = Math.max(1, Math.ceil((clusters.data?.count ?? 0) / PAGE_SIZE))
  const refine = (change: () => void): void => {
    change()
    setPage(0)
  }
  return (
    <div>
      <input aria-label="Search" placeholder="Search clusters" value={search} onChange={(event) => refine(() => setSearch(event.target.value))} />
      <select aria-label="Enabled" value={enabled} onChange={(event) => refine(() => setEnabled(event.target.value as Enabled))}>
        <option value="any">All clusters</option>
        <option value="true">Enabled</option>
        <option value="false">Disabled</option>
      </select>
      {clusters.isPending && <Loading what="clusters" />}
      {clusters.error && <ErrorMessage error={clusters.error} onRetry={() => clusters.refetch()} />}
      {clusters.data && (
        <table style={{ opacity: clusters.isPlaceholderData ? 0.5 : 1 }}>
          <thead>
            <tr>
              <th>
                <button type="button" onClick={() => refine(() => setDescending(!descending))}>
                  Name {descending ? '▼' : '▲'}
                </button>
              </th>
              <th>Access</th>
              <th>Enabled</th>
            </tr>
          </thead>
          <tbody>
            {clusters.data.results.map((cluster) => (
              <tr key={cluster.id}>
                <td>{cluster.name}</td>
                <td>{cluster.access_mode}</td>
                <td>{cluster.enabled ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav>
        <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
          Previous
        </button>
        <span>
          {' '}
          Page {page + 1} of {pages}{' '}
        </span>
        <button type="button" onClick={() => setPage(page + 1)} disabled={page + 1 >= pages || clusters.isPlaceholderData}>
          Next
        </button>
      </nav>
    </div>
  )
}

const meta = {
  title: 'Hooks/Lists',
  component: ClusterTable,
} satisfies Meta<typeof ClusterTable>

export default meta
type Story = StoryObj<typeof meta>

const names = (canvasElement: HTMLElement): string[] =>
  within(canvasElement)
    .queryAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent ?? '')

/** `useClusters`: paging, search, the enabled filter and ordering, each one request with its query. */
export const Browse: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, canvasElement, context }) => {
    await expect(await canvas.findByText('alpine')).toBeVisible()
    await expect(names(canvasElement)).toEqual(['alpine', 'blanca'])
    await expect(canvas.getByText('Page 1 of 2')).toBeVisible()

    await userEvent.click(canvas.getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(names(canvasElement)).toEqual(['legacy', 'summit']))

    await userEvent.click(canvas.getByRole('button', { name: /^Name/ }))
    await waitFor(() => expect(names(canvasElement)).toEqual(['summit', 'legacy']))
    await expect(canvas.getByText('Page 1 of 2')).toBeVisible()

    await userEvent.type(canvas.getByLabelText('Search'), 'sum')
    await waitFor(() => expect(names(canvasElement)).toEqual(['summit']))
    await expect(canvas.getByText('Page 1 of 1')).toBeVisible()

    await userEvent.clear(canvas.getByLabelText('Search'))
    await userEvent.selectOptions(canvas.getByLabelText('Enabled'), 'Disabled')
    await waitFor(() => expect(names(canvasElement)).toEqual(['legacy']))
    const last = requestsOf(context).filter((request) => request.path === 'allocations/clusters/').at(-1)
    await expect(last?.query).toMatchObject({ enabled: 'false', _order: '-name', _limit: '2', _offset: '0' })
  },
}

/** A slow server: the loading state shows until the first page arrives. */
export const SlowServer: Story = {
  ...keystoneStory({ user: STAFF_USER, mock: { latency: 600 } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading clusters…')).toBeVisible()
    await expect(await canvas.findByText('alpine', {}, { timeout: 3000 })).toBeVisible()
    await expect(canvas.queryByText('Loading clusters…')).toBeNull()
  },
}

/** A refused list (403) shows the server's message; Retry asks again. */
export const Refused: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    faults: [[{ path: 'allocations/clusters/', method: 'GET' }, { status: 403, body: { detail: 'You do not have permission to perform this action.' } }]],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('403: You do not have permission to perform this action.')
    // The mock refuses on cue; a real server's page says the refusal is arranged in front of it.
    if (REAL_KEYSTONE_URL) await expect(canvas.getByRole('note')).toHaveTextContent('GET allocations/clusters/ → 403')
    else await expect(canvas.queryByRole('note')).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(await canvas.findByText('alpine')).toBeVisible()
  },
}
