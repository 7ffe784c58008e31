import { setupServer, type SetupServer } from 'msw/node'
import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, STAFF_USER } from 'keystone-api-react/testing'
import type { Credentials } from './calls.ts'
import type { ContractEnv } from './env.ts'

/** The server a contract run talks to, behind an MSW server that sees every request. */
export interface Target {
  readonly mode: string
  readonly baseUrl: string
  readonly server: SetupServer
  readonly credentials: Credentials
  /** A DRF token for the token-mode pass, when there is one. */
  readonly token?: string
  /** What MSW does with a request no handler takes: an error on the mock, the network live. */
  readonly onUnhandledRequest: 'error' | 'bypass'
}

/**
 * The mock Keystone (staff `admin`, who sees everything), or a live server when the
 * environment names one: MSW then has no handler and lets every request through, still
 * emitting the events the recorder captures.
 */
export function contractTarget(env: ContractEnv): Target {
  if (env.live) {
    const { url, username, password, token } = env.live
    const writes = env.writes ? 'reads and writes' : 'read-only'
    return { mode: `live ${url} (${writes})`, baseUrl: url, server: setupServer(), credentials: { username, password }, token, onUnhandledRequest: 'bypass' }
  }
  const mock = createMockKeystone()
  const { username, password, token } = STAFF_USER
  return { mode: 'mock Keystone', baseUrl: mock.baseUrl, server: setupServer(...mock.handlers), credentials: { username, password }, token, onUnhandledRequest: 'error' }
}

/** A Node client of the target: a cookie session (its own jar), or token mode. */
export function contractClient(target: Target, token?: string): KeystoneClient {
  return new KeystoneClient({ url: target.baseUrl, cookies: 'jar', throttleRetries: 0, ...(token ? { token } : {}) })
}
