// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { useClusterAccessModeChoices, useConfig, useGrantStats, useHealth, useVersion } from 'keystone-api-react'
import { ALICE, MOCK_VERSION } from 'keystone-api-react/testing'
import { renderWithKeystone } from 'keystone-api-react/testing/react'
import { describe, expect, it } from 'vitest'
import { received, startMswServer } from './support.ts'

const server = startMswServer()

describe('useClusterAccessModeChoices', () => {
  it('loads the labels of each code once', async () => {
    function Choices() {
      const first = useClusterAccessModeChoices()
      const second = useClusterAccessModeChoices({ select: (labels) => labels.OP })
      return <p>{`${first.data?.WL ?? '...'} ${second.data ?? '...'}`}</p>
    }
    const { mock } = await renderWithKeystone(<Choices />, { server, user: ALICE })
    await screen.findByText('Whitelist Open')
    expect(received(mock, 'GET', 'allocations/cluster-choices/access-mode/')).toHaveLength(1)
  })
})

describe('useGrantStats', () => {
  it('sends the filters and shows the statistics the user may see', async () => {
    function Stats() {
      const { data } = useGrantStats({ agency: 'NSF' } as never)
      return <p>{data ? `grants ${data.grant_count}` : 'loading'}</p>
    }
    const { mock } = await renderWithKeystone(<Stats />, { server, user: ALICE })
    await screen.findByText(/^grants \d+$/)
    expect(received(mock, 'GET', 'stats/grants/')[0]?.query).toEqual({ agency: 'NSF' })
  })

  it('counts only the team records of the user', async () => {
    function Stats() {
      const { data } = useGrantStats()
      return <p>{data ? `grants ${data.grant_count}` : 'loading'}</p>
    }
    await renderWithKeystone(<Stats />, { server, user: ALICE })
    await screen.findByText('grants 2')
  })
})

describe('useConfig, useVersion and useHealth', () => {
  it('load the configuration for a user, and the version and health for anyone', async () => {
    function Server() {
      const config = useConfig()
      const version = useVersion()
      const health = useHealth()
      return <p>{`${config.data?.max_upload_size ?? '...'} ${version.data ?? '...'} ${health.data ?? '...'}`}</p>
    }
    await renderWithKeystone(<Server />, { server, user: ALICE })
    await screen.findByText(`2621440 ${MOCK_VERSION} true`)
  })

  it('exposes the 401 of the configuration when anonymous', async () => {
    function Anonymous() {
      const config = useConfig()
      const version = useVersion()
      return <p>{`${config.error?.name ?? '...'} ${version.data ?? '...'}`}</p>
    }
    await renderWithKeystone(<Anonymous />, { server })
    await screen.findByText(`KeystoneHttpError ${MOCK_VERSION}`)
  })
})
