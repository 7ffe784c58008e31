import type { Meta, StoryObj } from '@storybook/react-vite'
import { useCluster, useClusters, useCreateCluster, useDeleteCluster, usePendingWritesGuard, useUpdateCluster } from 'keystone-api-react'
import type { RecordOf } from 'keystone-api-react/client'
import { STAFF_USER } from 'keystone-api-react/testing'
import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { clusterId, clusterNames, keystoneStory, requestsOf } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

type Cluster = RecordOf<'clusters'>

/** A text input with the server's message for its field underneath. */
function Field({ label, value, error, onChange }: { label: string; value: string; error?: string; onChange: (value: string) => void }): ReactNode {
  const id = useId()
  return (
    <p>
      <label htmlFor={id}>{label}</label>{' '}
      <input id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={!!error} aria-describedby={`${id}-error`} />
      {error && (
        <small id={`${id}-error`} className="ks-field-error">
          {error}
        </small>
      )}
    </p>
  )
}

/** Create (no `cluster`) or edit (PATCH) form; 400 field errors show under their fields. */
function ClusterForm({ cluster, onDone }: { cluster?: Cluster; onDone: () => void }): ReactNode {
  const create = useCreateCluster({ onSuccess: onDone })
  const update = useUpdateCluster({ onSuccess: onDone })
  const write = cluster ? update : create
  const [name, setName] = useState(cluster?.name ?? '')
  const [description, setDescription] = useState(cluster?.description ?? '')
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const data = { name, description }
    if (cluster) update.mutate({ pk: cluster.id, data })
    else create.mutate(data)
  }
  return (
    <form onSubmit={submit} aria-label={cluster ? `Edit ${cluster.name}` : 'New cluster'}>
      <Field label="Name" value={name} error={write.fieldErrors.name} onChange={setName} />
      <Field label="Description" value={description} error={write.fieldErrors.description} onChange={setDescription} />
      <button type="submit" disabled={write.isPending}>
        {write.isPending ? 'Saving…' : 'Save'}
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      {write.error && !Object.keys(write.fieldErrors).length && <ErrorMessage error={write.error} />}
    </form>
  )
}

/** One cluster: an optimistic enabled switch, edit and delete. */
function ClusterRow({ cluster, onEdit }: { cluster: Cluster; onEdit: () => void }): ReactNode {
  const toggle = useUpdateCluster({ optimistic: true })
  const remove = useDeleteCluster()
  return (
    <li>
      <strong>{cluster.name}</strong>{' '}
      <label>
        <input type="checkbox" checked={cluster.enabled} onChange={() => toggle.mutate({ pk: cluster.id, data: { enabled: !cluster.enabled } })} />
        enabled
      </label>{' '}
      <button type="button" onClick={onEdit}>
        Edit {cluster.name}
      </button>{' '}
      <button type="button" onClick={() => remove.mutate({ pk: cluster.id })} disabled={remove.isPending}>
        Delete {cluster.name}
      </button>
      {(toggle.error ?? remove.error) && <ErrorMessage error={(toggle.error ?? remove.error)!} />}
    </li>
  )
}

/** Cluster administration: the list, a "New cluster" form and per-row edit, toggle and delete. */
function ClusterAdmin(): ReactNode {
  const clusters = useClusters({ order: 'name' })
  const [editing, setEditing] = useState<Cluster | 'new' | null>(null)
  if (clusters.isPending) return <Loading what="clusters" />
  if (clusters.error) return <ErrorMessage error={clusters.error} onRetry={() => clusters.refetch()} />
  return (
    <div>
      <ul>
        {clusters.data.results.map((cluster) => (
          <ClusterRow key={cluster.id} cluster={cluster} onEdit={() => setEditing(cluster)} />
        ))}
      </ul>
      {editing ? (
        <ClusterForm key={editing === 'new' ? 'new' : editing.id} cluster={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          New cluster
        </button>
      )}
    </div>
  )
}

/** Two renames of one cluster in quick succession; the page asks before closing while they are unsaved. */
function QuickRename({ pk, taken }: { pk: number; taken: string }): ReactNode {
  const cluster = useCluster(pk)
  const [refused, setRefused] = useState<string | null>(null)
  const rename = useUpdateCluster({ optimistic: true, onError: (error) => setRefused(error.message) })
  const pending = usePendingWritesGuard()
  if (cluster.isPending) return <Loading what="the cluster" />
  if (!cluster.data) return <p>Cluster {pk} is gone.</p>
  return (
    <div>
      <p aria-label="Name">{cluster.data.name}</p>
      {/* A name another cluster holds: the server itself refuses this edit. */}
      <button type="button" onClick={() => rename.mutate({ pk, data: { name: taken } })}>
        Quick edit A
      </button>{' '}
      <button type="button" onClick={() => rename.mutate({ pk, data: { name: 'renamed-b' } })}>
        Quick edit B
      </button>
      <p role="status">{pending.length ? `Saving ${pending.length} change(s)…` : 'All changes saved'}</p>
      {refused && <p role="alert">Refused: {refused}</p>}
    </div>
  )
}

/**
 * `QuickRename` of the cluster the server lists under `name`: the story finds its record by what
 * it shows, since a real server chose the id. The id is kept once found, so the renames that follow
 * (which take the cluster out of a list by that name) do not lose it.
 */
function QuickRenameOf({ name, taken }: { name: string; taken: string }): ReactNode {
  const found = useClusters({ filters: { name }, limit: 1 })
  const [pk, setPk] = useState<number>()
  const first = found.data?.results[0]?.id
  if (pk === undefined && first !== undefined) setPk(first)
  if (pk !== undefined) return <QuickRename pk={pk} taken={taken} />
  if (found.error) return <ErrorMessage error={found.error} />
  return found.data ? <p>No cluster named {name}.</p> : <Loading what="the cluster" />
}

const meta = {
  title: 'Hooks/Writes',
  component: ClusterAdmin,
} satisfies Meta<typeof ClusterAdmin>

export default meta
type Story = StoryObj<typeof meta>

/** `useCreateCluster`: a blank name comes back as a field error; a valid one joins the list. */
export const Create: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'New cluster' }))
    const form = within(canvas.getByRole('form', { name: 'New cluster' }))
    await userEvent.type(form.getByLabelText('Description'), 'Fresh GPUs')
    await userEvent.click(form.getByRole('button', { name: 'Save' }))
    await expect(await form.findByText('This field may not be blank.')).toBeVisible()
    await expect(form.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')

    await userEvent.type(form.getByLabelText('Name'), 'cascade')
    await userEvent.click(form.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText('cascade')).toBeVisible()
    await expect(canvas.queryByRole('form')).toBeNull()
  },
}

/** `useUpdateCluster`: the edit form PATCHes, and the list shows the new name. */
export const Edit: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, context }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit summit' }))
    const form = within(canvas.getByRole('form', { name: 'Edit summit' }))
    await userEvent.clear(form.getByLabelText('Name'))
    await userEvent.type(form.getByLabelText('Name'), 'summit-2')
    await userEvent.click(form.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText('summit-2')).toBeVisible()
    // The record is the one the list showed as summit, whatever id its server gave it.
    const patch = requestsOf(context).find((request) => request.method === 'PATCH')
    await expect(patch?.path).toBe(`allocations/clusters/${await clusterId(context, 'summit-2')}/`)
  },
}

/** `useDeleteCluster`: the row disappears once the server answers 204. */
export const Delete: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas, context }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete legacy' }))
    await waitFor(() => expect(canvas.queryByText('legacy')).toBeNull())
    await expect(await clusterNames(context)).not.toContain('legacy')
  },
}

/** An optimistic switch: the box unticks at once, the server refuses (403) and it ticks back. */
export const OptimisticRollback: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    mock: { latency: 300 },
    // Any cluster's PATCH: the story finds its row by name, so the fault must not name an id.
    faults: [[{ path: /^allocations\/clusters\/\d+\/$/, method: 'PATCH' },
        { status: 403, body: { detail: 'You do not have permission to perform this action.' } }]],
  }),
  play: async ({ canvas }) => {
    const row = within((await canvas.findByText('blanca', {}, { timeout: 3000 })).closest('li')!)
    const box = row.getByRole('checkbox')
    await expect(box).toBeChecked()
    await userEvent.click(box)
    await expect(box).not.toBeChecked()
    await expect(await row.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('403: You do not have permission')
    await expect(box).toBeChecked()
  },
}

/**
 * Two quick optimistic edits of one record, the first refused (400: the name is taken) and
 * answered late: the refusal takes back only its own change, so the name stays on the second edit,
 * which the server holds. The refusal is the server's own, on the mock and on a real server alike;
 * only its lateness is arranged, in front of either (`late`), so that both edits are pending at once.
 */
export const TwoQuickEditsOneRefused: Story = {
  ...keystoneStory({
    user: STAFF_USER,
    faults: [[{ path: /^allocations\/clusters\/\d+\/$/, method: 'PATCH' }, { late: 400 }]],
  }),
  render: () => <QuickRenameOf name="blanca" taken="alpine" />,
  play: async ({ canvas, context }) => {
    const name = await canvas.findByLabelText('Name', {}, { timeout: 3000 })
    await expect(name).toHaveTextContent('blanca')
    await userEvent.click(canvas.getByRole('button', { name: 'Quick edit A' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Quick edit B' }))
    await waitFor(() => expect(name).toHaveTextContent('renamed-b'))
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Saving 2 change(s)…'))
    await expect(await canvas.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('cluster with this name already exists')
    await expect(await canvas.findByText('All changes saved', {}, { timeout: 3000 })).toBeVisible()
    await expect(name).toHaveTextContent('renamed-b')
    await expect(await clusterNames(context)).toContain('renamed-b')
  },
}
