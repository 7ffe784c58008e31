import type { LiveTarget } from '../../contract/support/env.ts'

export type { LiveTarget }

/**
 * The live Keystone the `live` project runs against, from `KEYSTONE_URL`, `KEYSTONE_USERNAME`
 * and `KEYSTONE_PASSWORD` (a staff account: the seeder creates users and teams).
 * @throws {Error} when any of them is missing: a live suite never falls back to the mock.
 */
export function liveTarget(env: Readonly<Record<string, string | undefined>>): LiveTarget {
  const { KEYSTONE_URL: url, KEYSTONE_USERNAME: username, KEYSTONE_PASSWORD: password } = env
  const missing = Object.entries({ KEYSTONE_URL: url, KEYSTONE_USERNAME: username, KEYSTONE_PASSWORD: password })
    .filter(([, value]) => !value)
    .map(([name]) => name)
  if (missing.length) {
    throw new Error(
      `npm run test:live needs a running Keystone: set ${missing.join(', ')} ` +
        '(KEYSTONE_URL=http://127.0.0.1:8000/ KEYSTONE_USERNAME=<staff user> KEYSTONE_PASSWORD=<password>). ' +
        'The live suites never fall back to the mock.',
    )
  }
  return { url: url!.replace(/\/?$/, '/'), username: username!, password: password!, ...(env.KEYSTONE_TOKEN ? { token: env.KEYSTONE_TOKEN } : {}) }
}
