import { inspect } from 'node:util'
import { KeystoneClient, type KeystoneLogger, type LogContext } from 'keystone-api-react/client'
import { afterAll, describe, expect, it } from 'vitest'
import { startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

// Node environment: the client's jar holds the session id, so it is a secret we can look for.
const keystone = startKeystone()
const { mock } = keystone
afterAll(() => reportTally(import.meta.filename))

const PASSWORD = 'alice-password'
const TOKEN = 'alice-token'

/** A logger that keeps every record as text. */
function recordingLogger(): { logger: KeystoneLogger; records: string[] } {
  const records: string[] = []
  const keep = (level: string) => (context: LogContext, message: string) => void records.push(`${level} ${message} ${JSON.stringify(context)}`)
  return { logger: { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }, records }
}

/** Everything an app could print of an error: message, string form, JSON and `console.error`'s view (cause included). */
function errorTexts(error: unknown): string[] {
  const texts = [inspect(error, { depth: 6 })]
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    texts.push(current.message, String(current), JSON.stringify(current))
  }
  return texts
}

/** Session ids and CSRF values the server handed out, from the cookies it received. */
function sessionSecrets(): string[] {
  const values = mock.requests.flatMap((request) => [request.cookies.sessionid, request.cookies.csrftoken, request.headers['x-csrftoken']])
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.length > 4))]
}

function count(texts: readonly string[], secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => texts.filter((text) => text.includes(secret)).map((text) => `${secret} in ${text.slice(0, 120)}`))
}

async function failing(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (error: unknown) => error,
  )
}

describe('secrets', () => {
  it('a full session logs no password, session id or CSRF value, and its errors carry none', async () => {
    await scenario('secrets: session with logger', async () => {
      const { logger, records } = recordingLogger()
      const client = keystone.client({ logger })
      const errors: unknown[] = []
      errors.push(await failing(() => client.login({ username: 'alice', password: 'wrong-password' })))
      mock.fail({ path: 'authentication/login/' }, { network: true })
      errors.push(await failing(() => client.login({ username: 'alice', password: PASSWORD })))
      mock.fail({ path: 'authentication/login/' }, { status: 500 })
      errors.push(await failing(() => client.login({ username: 'alice', password: PASSWORD })))
      await client.login({ username: 'alice', password: PASSWORD })
      await client.listGrants({ filters: { team: 1 } })
      const created = await client.createComment({ content: 'note', request: 1 } as never).catch(() => undefined)
      await client.updateGrant({ pk: 1, data: { title: 'Renamed' } })
      mock.fail({ path: 'research/grants/1/', method: 'PATCH' }, { network: true })
      errors.push(await failing(() => client.updateGrant({ pk: 1, data: { title: 'Again' } })))
      mock.fail({ path: 'research/grants/1/', method: 'PATCH' }, { status: 503 })
      errors.push(await failing(() => client.updateGrant({ pk: 1, data: { title: 'Again' } })))
      errors.push(await failing(() => client.updateGrant({ pk: 1, data: { title: '' } })))
      errors.push(await failing(() => client.deleteGrant({ pk: 999, raiseNotExists: true })))
      if (created) await client.deleteComment({ pk: (created as { id: number }).id })
      await client.logout()
      expect(errors.every((error) => error instanceof Error)).toBe(true)
      const secrets = [PASSWORD, 'wrong-password', ...sessionSecrets()]
      expect(secrets.length).toBeGreaterThanOrEqual(4)
      const found = count([...records, ...errors.flatMap(errorTexts)], secrets)
      expect(found).toEqual([])
      return { secrets: found.length }
    })
  })

  it('a token client logs no token, and its errors carry none', async () => {
    await scenario('secrets: token client', async () => {
      const { logger, records } = recordingLogger()
      const client = keystone.client({ logger, token: TOKEN })
      await client.listGrants()
      mock.fail({ path: 'research/grants/' }, { network: true })
      const errors = [await failing(() => client.listGrants())]
      mock.fail({ path: 'research/grants/' }, { status: 401, body: { detail: 'Invalid token.' } })
      errors.push(await failing(() => client.listGrants()))
      const found = count([...records, ...errors.flatMap(errorTexts)], [TOKEN])
      expect(found).toEqual([])
      return { secrets: found.length }
    })
  })

  it('a base URL with credentials is refused without echoing them', async () => {
    await scenario('secrets: credentials in base URL', async () => {
      const error = (() => {
        try {
          return new KeystoneClient({ url: `http://alice:${PASSWORD}@keystone.test/api/` })
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(Error)
      const found = count(errorTexts(error), [PASSWORD])
      expect(found).toEqual([])
      return { secrets: found.length }
    })
  })
})
