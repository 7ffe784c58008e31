// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useBatch, useClusters } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

function List() {
  const { data } = useClusters({ limit: 100 })
  return <ul>{data?.results.map((row) => <li key={row.id}>{`list:${row.name}`}</li>)}</ul>
}
function Batch({ dryRun = false }: { dryRun?: boolean }) {
  const batch = useBatch()
  const actions = [{ ref: 'cluster', method: 'POST', path: '/allocations/clusters/', payload: { name: 'batch-cluster' } }] as const
  return (
    <div>
      <button onClick={() => batch.mutate({ dryRun, actions })}>run</button>
      <p>{`status:${batch.status}`}</p>
    </div>
  )
}

describe('useBatch', () => {
  it('refetches every resource the job wrote to', async () => {
    const { mock } = await renderWithKeystone(<><List /><Batch /></>, { server, user: STAFF_USER })
    await screen.findByText('list:alpine')
    screen.getByText('run').click()
    await screen.findByText('list:batch-cluster')
    expect(received(mock, 'POST', 'batch/')).toHaveLength(1)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(2)
  })

  it('leaves the cache alone on a dry run', async () => {
    const { mock } = await renderWithKeystone(<><List /><Batch dryRun /></>, { server, user: STAFF_USER })
    await screen.findByText('list:alpine')
    screen.getByText('run').click()
    await screen.findByText('status:success')
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(1)
    expect(mock.records('clusters')).toHaveLength(4)
  })
})
