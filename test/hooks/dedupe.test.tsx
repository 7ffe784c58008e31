// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useClusters } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

function Count({ index }: { index: number }) {
  const { data } = useClusters({ limit: 10 })
  return <li>{data ? `${index}:${data.count}` : 'loading'}</li>
}

describe('shared queries', () => {
  it('make one request for 100 components mounting the same list', async () => {
    const { mock } = await renderWithKeystone(<ul>{Array.from({ length: 100 }, (_, index) => <Count key={index} index={index} />)}</ul>, { server, user: STAFF_USER })
    await screen.findByText('99:4')
    expect(screen.getAllByText(/^\d+:4$/)).toHaveLength(100)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(1)
  })

  it('make one request per query under StrictMode', async () => {
    const { mock } = await renderWithKeystone(<Count index={0} />, { server, user: STAFF_USER, reactStrictMode: true })
    await screen.findByText('0:4')
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(1)
    // The login answer seeds the session (initialUser): no whoami at all.
    expect(received(mock, 'GET', 'authentication/whoami/')).toHaveLength(0)
  })
})
