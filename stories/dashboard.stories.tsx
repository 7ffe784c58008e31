import type { Meta, StoryObj } from '@storybook/react-vite'
import { useClusters, useCreateCluster, useRequests, useRequestStats, useRequestStatusChoices } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type FormEvent, type ReactNode, useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { keystoneStory } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

/** Four figures across the top: `useRequestStats`. */
function Figures(): ReactNode {
  const stats = useRequestStats()
  if (stats.isPending) return <Loading what="statistics" />
  if (stats.error) return <ErrorMessage error={stats.error} onRetry={() => stats.refetch()} />
  return (
    <dl aria-label="Request statistics">
      <dt>Requests</dt>
      <dd>{stats.data.request_count}</dd>
      <dt>Pending</dt>
      <dd>{stats.data.request_pending_count}</dd>
      <dt>Approved</dt>
      <dd>{stats.data.request_approved_count}</dd>
      <dt>Awarded SUs</dt>
      <dd>{stats.data.su_awarded_total.toLocaleString('en-US')}</dd>
    </dl>
  )
}

/** The latest allocation requests with their status labels (`useRequests`, `useRequestStatusChoices`). */
function LatestRequests(): ReactNode {
  const requests = useRequests({ order: '-id', limit: 5 })
  const statuses = useRequestStatusChoices()
  if (requests.isPending) return <Loading what="requests" />
  if (requests.error) return <ErrorMessage error={requests.error} onRetry={() => requests.refetch()} />
  return (
    <table aria-label="Latest requests">
      <thead>
        <tr>
          <th>Request</th>
          <th>Team</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {requests.data.results.map((request) => (
          <tr key={request.id}>
            <td>{request.title}</td>
            <td>{request._team?.name ?? request.team}</td>
            <td>{statuses.data?.[request.status ?? 'PD'] ?? request.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Clusters with a small create form; the server's field errors show under the field. */
function Clusters(): ReactNode {
  const clusters = useClusters({ order: 'name' })
  const create = useCreateCluster()
  const [name, setName] = useState('')
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    create.mutate({ name }, { onSuccess: () => setName('') })
  }
  return (
    <section aria-label="Clusters">
      <h3>Clusters</h3>
      {clusters.isPending && <Loading what="clusters" />}
      {clusters.error && <ErrorMessage error={clusters.error} />}
      <ul>
        {clusters.data?.results.map((cluster) => (
          <li key={cluster.id}>
            <strong>{cluster.name}</strong> <span className="ks-muted">{cluster.description ?? 'no description'}</span>
          </li>
        ))}
      </ul>
      <form aria-label="New cluster" onSubmit={submit}>
        <label>
          New cluster
          <input value={name} onChange={(event) => setName(event.target.value)} aria-invalid={!!create.fieldErrors.name} placeholder="Name" />
          {create.fieldErrors.name && <small className="ks-field-error">{create.fieldErrors.name}</small>}
        </label>
        <button type="submit" disabled={create.isPending}>
          Add cluster
        </button>
      </form>
    </section>
  )
}

/** A staff overview: figures, the latest requests and the clusters side by side. */
function Dashboard(): ReactNode {
  return (
    <div className="ks-dashboard">
      <Figures />
      <div className="ks-columns">
        <section aria-label="Requests">
          <h3>Latest requests</h3>
          <LatestRequests />
        </section>
        <Clusters />
      </div>
    </div>
  )
}

const meta = {
  title: 'Demo/Dashboard',
  component: Dashboard,
} satisfies Meta<typeof Dashboard>

export default meta
type Story = StoryObj<typeof meta>

/** Every panel fills from its own hook once the session resolves. */
export const Overview: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Genomics Beta 3')).toBeVisible()
    await expect(await canvas.findByText('alpine')).toBeVisible()
    const figures = await canvas.findByLabelText('Request statistics')
    await expect(within(figures).getAllByRole('definition')).toHaveLength(4)
  },
}

/** A cluster without a name: the server's message shows under the field, nothing is added. */
export const FieldError: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('alpine')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Add cluster' }))
    await expect(await canvas.findByText('This field may not be blank.')).toBeVisible()
    await expect(within(canvas.getByRole('region', { name: 'Clusters' })).getAllByRole('listitem')).toHaveLength(4)
  },
}

/** The sign-in screen after a wrong password: the server's own words. */
export const WrongPassword: Story = {
  ...keystoneStory(),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('Username'), STAFF_USER.username)
    await userEvent.type(canvas.getByLabelText('Password'), 'not-the-password')
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Invalid username or password.')
  },
}
