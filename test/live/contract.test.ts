import { contractEnv } from '../contract/support/env.ts'
import { defineContractSuite } from '../contract/support/suite.ts'

// The contract suite against the server of KEYSTONE_URL, writes and the token pass included:
// a live run creates, edits and deletes its own records (README, Running against a real Keystone).
const env = contractEnv(process.env)
if (!env.live) throw new Error('The live contract run needs KEYSTONE_URL, KEYSTONE_USERNAME and KEYSTONE_PASSWORD')
if (!env.live.token) {
  throw new Error('The live contract run needs KEYSTONE_TOKEN, a DRF token of the same staff user (on the server: keystone-api drf_create_token <username>)')
}
await defineContractSuite({ ...env, writes: true })
