import type { Meta, StoryObj } from '@storybook/react-vite'
import { useBatch, useTeams, useUsers } from 'keystone-api-react'
import type { BatchAction } from 'keystone-api-react/client'
import { ALICE, STAFF_USER } from 'keystone-api-react/testing'
import { type ReactNode, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { keystoneStory } from './support/keystoneStory.tsx'
import { ErrorMessage, Loading } from './support/Status.tsx'

/** A new team and its first member in one transaction: the membership names the team through `@ref`. */
function newTeamActions(name: string, userId: number): BatchAction[] {
  return [
    { ref: 'team', method: 'POST', path: '/users/teams/', payload: { name } },
    { ref: 'owner', method: 'POST', path: '/users/memberships/', payload: { team: '@ref{team.id}', user: userId, role: 'OW' } },
  ]
}

function TeamList(): ReactNode {
  const teams = useTeams({ order: 'name' })
  if (teams.isPending) return <Loading what="teams" />
  if (teams.error) return <ErrorMessage error={teams.error} />
  return (
    <ul aria-label="Teams">
      {teams.data.results.map((team) => (
        <li key={team.id}>{team.name}</li>
      ))}
    </ul>
  )
}

/**
 * `useBatch`: create a team with its owner atomically, or rehearse it with a dry run. The owner is
 * found by username (a real server chose the id); `ownerId` names an id outright instead.
 */
function NewTeamWizard({ owner = ALICE.username, ownerId: givenId }: { owner?: string; ownerId?: number }): ReactNode {
  const found = useUsers({ filters: { username: owner }, limit: 1 }).data?.results[0]?.id
  const ownerId = givenId ?? found
  const batch = useBatch()
  const [name, setName] = useState('Team Delta')
  const [dryRun, setDryRun] = useState(true)
  return (
    <div>
      <label>
        Team name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>{' '}
      <label>
        <input type="checkbox" checked={dryRun} onChange={() => setDryRun(!dryRun)} /> Dry run
      </label>{' '}
      <button type="button" onClick={() => ownerId !== undefined && batch.mutate({ actions: newTeamActions(name, ownerId), dryRun })} disabled={ownerId === undefined || batch.isPending}>
        {batch.isPending ? 'Running…' : 'Create team with owner'}
      </button>
      {batch.error && <ErrorMessage error={batch.error} />}
      {batch.data && (
        <section aria-label="Batch results">
          <p>{batch.variables?.dryRun ? 'Dry run: nothing was kept.' : 'Saved.'}</p>
          <ol>
            {batch.data.map((step) => (
              <li key={step.index}>
                {step.ref}: {step.method} {step.path} → {step.status}
              </li>
            ))}
          </ol>
        </section>
      )}
      <TeamList />
    </div>
  )
}

const meta = {
  title: 'Hooks/Batch',
  component: NewTeamWizard,
} satisfies Meta<typeof NewTeamWizard>

export default meta
type Story = StoryObj<typeof meta>

/** A dry run reports both steps (the membership's path resolved) and keeps nothing; the real run adds the team. */
export const DryRunThenRun: Story = {
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    const teams = within(await canvas.findByRole('list', { name: 'Teams' }))
    // The button waits for the owner's id, read from the server by username.
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Create team with owner' })).toBeEnabled())
    await userEvent.click(canvas.getByRole('button', { name: 'Create team with owner' }))
    const results = within(await canvas.findByRole('region', { name: 'Batch results' }))
    await expect(results.getByText('Dry run: nothing was kept.')).toBeVisible()
    await expect(results.getByText('team: POST /users/teams/ → 201')).toBeVisible()
    await expect(results.getByText('owner: POST /users/memberships/ → 201')).toBeVisible()
    await expect(teams.queryByText('Team Delta')).toBeNull()

    await userEvent.click(canvas.getByLabelText('Dry run'))
    await userEvent.click(canvas.getByRole('button', { name: 'Create team with owner' }))
    await expect(await canvas.findByText('Saved.')).toBeVisible()
    await expect(await teams.findByText('Team Delta')).toBeVisible()
  },
}

/** A failing second step rolls the whole job back: the error names the step and no team appears. */
export const FailingStep: Story = {
  // No user has this id on the mock, nor on a server with fewer than 9999 users made.
  args: { ownerId: 9999 },
  ...keystoneStory({ user: STAFF_USER }),
  play: async ({ canvas }) => {
    const teams = within(await canvas.findByRole('list', { name: 'Teams' }))
    await userEvent.click(canvas.getByLabelText('Dry run'))
    await userEvent.click(canvas.getByRole('button', { name: 'Create team with owner' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Step 2 failed (400); nothing was kept.')
    await expect(teams.queryByText('Team Delta')).toBeNull()
  },
}
