/** A live Keystone to check, from the environment. */
export interface LiveTarget {
  /** Base URL with its trailing slash, e.g. `https://keystone.example.edu/api/`. */
  readonly url: string
  readonly username: string
  readonly password: string
  /** Optional DRF token for the token-mode pass (`KEYSTONE_TOKEN`). */
  readonly token?: string
}

/** Where the contract suite runs and what it may do. */
export interface ContractEnv {
  /** Set when `KEYSTONE_URL`, `KEYSTONE_USERNAME` and `KEYSTONE_PASSWORD` are; else the mock. */
  readonly live?: LiveTarget
  /** Whether write operations run: always on the mock, only with `KEYSTONE_CONTRACT_WRITES=1` live. */
  readonly writes: boolean
}

/**
 * Reads the contract suite's settings from environment variables.
 * @throws {Error} when only some of the live variables are set (a half-configured live run
 * would silently fall back to the mock).
 */
export function contractEnv(env: Readonly<Record<string, string | undefined>>): ContractEnv {
  const { KEYSTONE_URL: url, KEYSTONE_USERNAME: username, KEYSTONE_PASSWORD: password } = env
  const given = [url, username, password].filter(Boolean).length
  if (given === 0) return { writes: true }
  if (given < 3) throw new Error('Set all of KEYSTONE_URL, KEYSTONE_USERNAME and KEYSTONE_PASSWORD for a live contract run, or none')
  const live: LiveTarget = { url: url!.replace(/\/?$/, '/'), username: username!, password: password!, ...(env.KEYSTONE_TOKEN ? { token: env.KEYSTONE_TOKEN } : {}) }
  return { live, writes: env.KEYSTONE_CONTRACT_WRITES === '1' }
}
