// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useSession } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { loggedInElsewhere, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

function Session() {
  const { status, user } = useSession()
  return <p>{`${status}:${user?.username ?? '-'}`}</p>
}

describe('issue 3: KeystoneProvider under StrictMode', () => {
  it('asks whoami once although the mount effect runs twice', async () => {
    const { mock, client } = await loggedInElsewhere(server, ALICE)
    await renderWithKeystone(<Session />, { server, mock, client, reactStrictMode: true })
    await screen.findByText('authenticated:alice')
    expect(received(mock, 'GET', 'authentication/whoami/')).toHaveLength(1)
  })
})
