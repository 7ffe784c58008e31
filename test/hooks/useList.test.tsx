// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { isKeystoneHttpError, keystoneKeys, useClusters } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { pageMock, received, startMswServer } from './support.ts'

const server = startMswServer()

function Page() {
  const [offset, setOffset] = useState(0)
  const { data, isPending, isPlaceholderData, error } = useClusters({ limit: 2, offset })
  if (isPending) return <p>loading</p>
  if (error) return <p>{`error ${error.name} ${isKeystoneHttpError(error) ? error.status : ''}`}</p>
  return (
    <div>
      <p>{`count ${data.count} first ${data.results[0]?.name} ${isPlaceholderData ? 'previous' : 'current'}`}</p>
      <button onClick={() => setOffset(offset + 2)}>next</button>
    </div>
  )
}

describe('useClusters', () => {
  it('shows loading, then the page', async () => {
    const { mock } = await renderWithKeystone(<Page />, { server, user: STAFF_USER })
    expect(screen.getByText('loading')).toBeTruthy()
    await screen.findByText('count 4 first alpine current')
    expect(received(mock, 'GET', 'allocations/clusters/').map((request) => request.query)).toEqual([{ _limit: '2', _offset: '0' }])
  })

  it('shows a misspelt filter as an error naming the real ones, and asks nothing', async () => {
    function Misspelt() {
      // As plain JavaScript would pass it: the types cannot stop it there.
      const { error } = useClusters({ filters: { nme: 'alpine' } } as never)
      return <p>{error ? `${error.name}: ${error.message}` : 'loading'}</p>
    }
    const { mock } = await renderWithKeystone(<Misspelt />, { server, user: STAFF_USER })
    await screen.findByText(/^KeystoneValidationError: Invalid argument: filters.nme is not a filter of the clusters list .*it takes: access_mode, description, enabled, id, name$/)
    expect(received(mock, 'GET', 'allocations/clusters/')).toHaveLength(0)
  })

  it('sends search, order and filters as the API names them', async () => {
    function Searched() {
      const { data } = useClusters({ search: 'cluster', order: '-name', filters: { enabled: true } })
      return <p>{data?.results.map((row) => row.name).join(',') ?? 'loading'}</p>
    }
    const { mock } = await renderWithKeystone(<Searched />, { server, user: STAFF_USER })
    await screen.findByText('blanca,alpine')
    expect(received(mock, 'GET', 'allocations/clusters/')[0]?.query).toEqual({ _search: 'cluster', _order: '-name', enabled: 'true' })
  })

  it('keeps the previous page on screen while the next loads', async () => {
    const { mock } = await renderWithKeystone(<Page />, { server, user: STAFF_USER })
    await screen.findByText('count 4 first alpine current')
    mock.fail({ path: 'allocations/clusters/' }, { delay: 100 })
    screen.getByText('next').click()
    await screen.findByText('count 4 first alpine previous')
    await screen.findByText('count 4 first summit current')
  })

  it('exposes a KeystoneHttpError', async () => {
    const mock = pageMock()
    mock.fail({ path: 'allocations/clusters/' }, { status: 500 })
    await renderWithKeystone(<Page />, { server, mock, user: STAFF_USER })
    await screen.findByText('error KeystoneHttpError 500')
  })

  it('caches the page under a typed key', async () => {
    const { queryClient, client } = await renderWithKeystone(<Page />, { server, user: STAFF_USER })
    await screen.findByText(/current/)
    const page = queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { limit: 2, offset: 0 }))
    expect(page?.results.map((row) => row.name)).toEqual(['alpine', 'blanca'])
  })

  it('applies select', async () => {
    function Names() {
      const { data } = useClusters({ limit: 2 }, { select: (page) => page.results.map((row) => row.name).join(',') })
      return <p>{data ?? 'none'}</p>
    }
    await renderWithKeystone(<Names />, { server, user: STAFF_USER })
    await screen.findByText('alpine,blanca')
  })

  it('shows only the records the user may see', async () => {
    function Names() {
      const { data } = useClusters()
      return <p>{data?.results.map((row) => row.name).join(',') ?? 'loading'}</p>
    }
    await renderWithKeystone(<Names />, { server, user: 'bob' })
    await screen.findByText('alpine,legacy')
  })
})
