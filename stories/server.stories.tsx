import type { Meta, StoryObj } from '@storybook/react-vite'
import { useClusterAccessModeChoices, useHealth, useRequestStats, useRequestStatusChoices, useVersion } from 'keystone-api-react'
import type { StatsFiltersOf } from 'keystone-api-react/client'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type ReactNode, useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { expectedHealth, keystoneStory, serverVersion } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

type Status = NonNullable<StatsFiltersOf<'Request'>['status']>

/** `useRequestStats` filtered by a status picked from `useRequestStatusChoices`. */
function RequestStats(): ReactNode {
  const choices = useRequestStatusChoices()
  const [status, setStatus] = useState<Status | ''>('')
  const stats = useRequestStats(status ? { status } : {})
  return (
    <section aria-label="Request statistics">
      <label>
        Status{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as Status | '')} disabled={!choices.data}>
          <option value="">Any status</option>
          {Object.entries(choices.data ?? {}).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {stats.isPending && <Loading what="statistics" />}
      {stats.error && <ErrorMessage error={stats.error} onRetry={() => stats.refetch()} />}
      {stats.data && (
        <dl style={{ opacity: stats.isFetching ? 0.5 : 1 }}>
          <dt>Requests</dt>
          <dd data-testid="request-count">{stats.data.request_count}</dd>
          <dt>Pending</dt>
          <dd>{stats.data.request_pending_count}</dd>
          <dt>Approved</dt>
          <dd>{stats.data.request_approved_count}</dd>
          <dt>Awarded SUs</dt>
          <dd>{stats.data.su_awarded_total.toLocaleString('en-US')}</dd>
        </dl>
      )}
    </section>
  )
}

/** Version, health and one more choices endpoint: the footer of a dashboard. */
function ServerFooter(): ReactNode {
  const version = useVersion()
  const health = useHealth()
  const modes = useClusterAccessModeChoices()
  return (
    <footer className="ks-muted">
      <p>API version {version.data ?? '…'}</p>
      <p>Health: {health.isPending ? '…' : health.data ? 'all checks pass' : 'failing'}</p>
      <p>Cluster access modes: {modes.data ? Object.values(modes.data).join(', ') : '…'}</p>
    </footer>
  )
}

function ServerOverview(): ReactNode {
  return (
    <div>
      <RequestStats />
      <ServerFooter />
    </div>
  )
}

const meta = {
  title: 'Hooks/Stats and choices',
  component: ServerOverview,
} satisfies Meta<typeof ServerOverview>

export default meta
type Story = StoryObj<typeof meta>

/** Statistics follow the status picked from the server's choices; version, health and access modes below. */
export const Overview: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    const stats = within(await canvas.findByRole('region', { name: 'Request statistics' }))
    await expect(await stats.findByTestId('request-count')).toHaveTextContent('6')
    await expect(await canvas.findByText(`API version ${serverVersion()}`)).toBeVisible()
    // A real server reports its own checks (a local one without Redis and Celery fails them).
    await expect(await canvas.findByText(await expectedHealth())).toBeVisible()
    await expect(await canvas.findByText('Cluster access modes: Whitelist, Blacklist, Open')).toBeVisible()

    await userEvent.selectOptions(await stats.findByLabelText('Status'), 'Approved')
    await expect(await stats.findByTestId('request-count')).toHaveTextContent('3')
  },
}

/** A failing stats endpoint shows its error with Retry, while the rest of the page works. */
export const StatsFail: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    faults: [[{ path: 'stats/requests/' }, { status: 403, body: { detail: 'You do not have permission to perform this action.' } }]],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('403')
    await expect(await canvas.findByText(`API version ${serverVersion()}`)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(await canvas.findByTestId('request-count')).toHaveTextContent('6')
  },
}
