// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { KeystoneClient, useSession } from 'keystone-api-react'
import { ALICE } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from '../../hooks/support.ts'

const server = startMswServer()

function Session() {
  const { status, user } = useSession()
  return <p>{`${status}:${user?.username ?? '-'}`}</p>
}

describe('renderWithKeystone', () => {
  it('logs in as a seed user given by object or username', async () => {
    await renderWithKeystone(<Session />, { server, user: ALICE })
    await screen.findByText('authenticated:alice')
  })

  it('accepts a username', async () => {
    const { mock } = await renderWithKeystone(<Session />, { server, user: 'bob' })
    await screen.findByText('authenticated:bob')
    expect(received(mock, 'POST', 'authentication/login/')).toHaveLength(1)
  })

  it('renders anonymous without a user', async () => {
    const { mock } = await renderWithKeystone(<Session />, { server })
    await screen.findByText('anonymous:-')
    expect(received(mock, 'POST', 'authentication/login/')).toHaveLength(0)
  })

  it('gives every call a fresh mock, client and query client', async () => {
    const first = await renderWithKeystone(null, { server })
    const second = await renderWithKeystone(null, { server })
    expect(first.mock).not.toBe(second.mock)
    expect(first.client).not.toBe(second.client)
    expect(first.queryClient).not.toBe(second.queryClient)
    expect(first.queryClient.getDefaultOptions().queries?.retry).toBe(false)
  })

  it('keeps the provider on rerender', async () => {
    const { rerender } = await renderWithKeystone(<Session />, { server, user: ALICE })
    await screen.findByText('authenticated:alice')
    rerender(<div><Session /></div>)
    expect(screen.getByText('authenticated:alice')).toBeTruthy()
  })

  it('closes the client and clears the cache it made on unmount, and leaves a given client open', async () => {
    const made = await renderWithKeystone(<Session />, { server, user: ALICE })
    await screen.findByText('authenticated:alice')
    made.unmount()
    await Promise.resolve()
    expect(made.client.closed).toBe(true)
    expect(made.queryClient.getQueryCache().getAll()).toHaveLength(0)
    const mock = pageMock()
    const given = await renderWithKeystone(<Session />, { server, mock, client: new KeystoneClient({ url: mock.baseUrl, token: ALICE.token, adapter: 'http' }) })
    await screen.findByText('authenticated:alice')
    given.unmount()
    await Promise.resolve()
    expect(given.client.closed).toBe(false)
    given.client.close()
  })

  it('survives StrictMode re-mounts', async () => {
    const { client } = await renderWithKeystone(<Session />, { server, user: ALICE, reactStrictMode: true })
    await screen.findByText('authenticated:alice')
    expect(client.closed).toBe(false)
  })

  it('refuses an unknown username', async () => {
    await expect(renderWithKeystone(null, { server, user: 'nobody' })).rejects.toThrow('no seed user "nobody"')
  })

  it('refuses a cross-origin mock with a user under a DOM, naming the fix', async () => {
    const { createMockKeystone } = await import('keystone-api-react/testing')
    await expect(renderWithKeystone(null, { server, mock: createMockKeystone(), user: ALICE })).rejects.toThrow("new URL('/api/', location.href)")
  })

  it('leaves no session behind for the next test', () => {
    expect(document.cookie).not.toContain('sessionid')
  })
})
