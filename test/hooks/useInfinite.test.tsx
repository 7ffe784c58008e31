// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useInfiniteClusters } from 'keystone-api-react'
import { STAFF_USER } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

describe('useInfiniteClusters', () => {
  it('loads pages by offset until next is null', async () => {
    function Infinite() {
      const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteClusters({ limit: 1 })
      const rows = data?.pages.flatMap((page) => page.results) ?? []
      return (
        <div>
          <p>{`rows ${rows.map((row) => row.name).join(',')} more ${hasNextPage} ${isFetchingNextPage ? 'fetching' : 'idle'}`}</p>
          <button onClick={() => fetchNextPage()}>more</button>
        </div>
      )
    }
    const { mock } = await renderWithKeystone(<Infinite />, { server, user: STAFF_USER })
    await screen.findByText('rows alpine more true idle')
    screen.getByText('more').click()
    await screen.findByText('rows alpine,blanca more true idle')
    screen.getByText('more').click()
    await screen.findByText('rows alpine,blanca,summit more true idle')
    screen.getByText('more').click()
    await screen.findByText('rows alpine,blanca,summit,legacy more false idle')
    expect(received(mock, 'GET', 'allocations/clusters/').map((request) => request.query._offset)).toEqual(['0', '1', '2', '3'])
  })
})
