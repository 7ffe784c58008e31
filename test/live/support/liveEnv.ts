import { contractEnv, type LiveTarget } from '../../contract/support/env.ts'

/**
 * The server of a live run (KEYSTONE_URL, KEYSTONE_USERNAME, KEYSTONE_PASSWORD, a staff account).
 * @throws {Error} when they are not set: a live suite never falls back to the mock.
 */
export function liveServer(): LiveTarget {
  const { live } = contractEnv(process.env)
  if (!live) throw new Error('The live suites need KEYSTONE_URL, KEYSTONE_USERNAME and KEYSTONE_PASSWORD (a staff account)')
  return live
}

/** Base URL of the live server, with its trailing slash. */
export function liveUrl(): string {
  return liveServer().url
}
