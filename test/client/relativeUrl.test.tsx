// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react'
import { KeystoneProvider, useClusters, useKeystoneClient, useLogin, useSession } from 'keystone-api-react'
import { KeystoneClient } from 'keystone-api-react/client'
import { ALICE } from 'keystone-api-react/testing'
import { type ReactNode, useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from '../hooks/support.ts'

const server = startMswServer()

describe('a relative base URL in a browser', () => {
  it.each([
    ['/api/', '/api/'],
    ['/api', '/api/'],
    ['api/v2/', '/api/v2/'],
    ['//keystone.example.edu/api/', null],
  ])('resolves %j against the page', (input, path) => {
    const expected = path === null ? `${location.protocol}//keystone.example.edu/api/` : new URL(path, location.origin).href
    expect(new KeystoneClient({ url: input }).baseUrl).toBe(expected)
  })

  it('serves a dashboard beside its API: <KeystoneProvider url="/api/"> logs in and lists', async () => {
    const mock = pageMock()
    expect(new URL(mock.baseUrl).pathname).toBe('/api/')
    server.use(...mock.handlers)
    const seen: string[] = []
    function Dashboard(): ReactNode {
      const session = useSession()
      const login = useLogin()
      const client = useKeystoneClient()
      const clusters = useClusters({ order: 'name' }, { enabled: session.status === 'authenticated' })
      useEffect(() => {
        seen.push(client.baseUrl)
        if (session.status === 'anonymous' && login.isIdle) login.mutate({ username: ALICE.username, password: ALICE.password })
      })
      return <p>{clusters.data ? `${clusters.data.count} clusters` : session.status}</p>
    }
    render(
      <KeystoneProvider url="/api/">
        <Dashboard />
      </KeystoneProvider>,
    )
    await screen.findByText(/^\d+ clusters$/)
    expect(new Set(seen)).toEqual(new Set([mock.baseUrl]))
    expect(received(mock, 'POST', 'authentication/login/')).toHaveLength(1)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(1)
  })
})
