import { isKeystoneValidationError, type KeystoneClient } from 'keystone-api-react/client'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { startKeystone } from './support/harness.tsx'
import { reportTally, scenario } from './support/tally.ts'

const keystone = startKeystone()
afterAll(() => reportTally(import.meta.filename))

let client: KeystoneClient
beforeEach(async () => {
  client = keystone.client()
  await client.login({ username: 'admin', password: 'admin-password' })
})

const circular: Record<string, unknown> = { name: 'loop' }
circular.self = circular

type Call = (client: KeystoneClient) => Promise<unknown>
const anyClient = (target: KeystoneClient): Record<string, (...args: unknown[]) => Promise<unknown>> => target as never

const BAD_CALLS: [string, Call][] = [
  ['pk NaN', (c) => c.retrieveCluster({ pk: Number.NaN })],
  ['pk negative', (c) => c.retrieveCluster({ pk: -3 })],
  ['pk zero', (c) => c.deleteCluster({ pk: 0 })],
  ['pk huge', (c) => c.updateCluster({ pk: 2 ** 64, data: { name: 'x' } })],
  ['pk Infinity', (c) => c.replaceCluster({ pk: Number.POSITIVE_INFINITY, data: { name: 'x' } })],
  ['pk string', (c) => anyClient(c).retrieve!('clusters', '1')],
  ['pk object', (c) => anyClient(c).retrieve!('clusters', { valueOf: () => 1 })],
  ['unknown resource', (c) => anyClient(c).list!('__proto__')],
  ['unknown resource (constructor)', (c) => anyClient(c).list!('constructor')],
  ['read-only resource written', (c) => anyClient(c).create!('auditLogs', {})],
  ['unknown filter operator', (c) => c.listClusters({ filters: { name__regex: '.*' } as never })],
  ['filter operator on nothing', (c) => c.listClusters({ filters: { '__in': [1] } as never })],
  ['filter value object', (c) => c.listClusters({ filters: { name: { $ne: 1 } } as never })],
  ['filter value NaN', (c) => c.listClusters({ filters: { id: Number.NaN } })],
  ['filter value invalid Date', (c) => c.listGrants({ filters: { start_date: new Date('nope') } as never })],
  ['filter in empty', (c) => c.listClusters({ filters: { id__in: [] } as never })],
  ['filter in not array', (c) => c.listClusters({ filters: { id__in: '1,2' } as never })],
  ['filter isnull not boolean', (c) => c.listClusters({ filters: { description__isnull: 'yes' } as never })],
  ['filters array', (c) => c.listClusters({ filters: [1, 2] as never })],
  ['search number', (c) => c.listClusters({ search: 5 as never })],
  ['order injection', (c) => c.listClusters({ order: 'name;drop' as never })],
  ['limit 0', (c) => c.listClusters({ limit: 0 })],
  ['limit 1001', (c) => c.listClusters({ limit: 1001 })],
  ['limit 1.5', (c) => c.listClusters({ limit: 1.5 })],
  ['offset negative', (c) => c.listClusters({ offset: -1 })],
  ['offset string', (c) => c.listClusters({ offset: '5' as never })],
  ['params not object', (c) => anyClient(c).listClusters!('limit=5')],
  ['body null', (c) => c.createCluster(null as never)],
  ['body array', (c) => c.createCluster([{ name: 'x' }] as never)],
  ['body string', (c) => c.updateCluster({ pk: 1, data: 'name=x' as never })],
  ['body circular', (c) => c.createCluster(circular as never)],
  ['body BigInt', (c) => c.createCluster({ name: 'big', access_teams: [10n] } as never)],
  ['body function', (c) => c.updateCluster({ pk: 1, data: { name: 'fn', description: (() => 'x') as never } })],
  ['body symbol', (c) => c.updateCluster({ pk: 1, data: { name: 'sym', description: Symbol('x') as never } })],
  ['body NaN', (c) => c.createCluster({ name: 'nan', access_teams: [Number.NaN] } as never)],
  ['login without password', (c) => c.login({ username: 'admin' } as never)],
  ['login password number', (c) => c.login({ username: 'admin', password: 12345 } as never)],
  ['batch empty', (c) => c.batch([])],
  ['batch bad method', (c) => c.batch([{ method: 'TRACE', path: 'x/' } as never])],
  ['stats unknown', (c) => anyClient(c).stats!('Nope')],
  ['choices unknown', (c) => anyClient(c).choices!('hasOwnProperty')],
]

describe('bad input from JavaScript callers', () => {
  it.each(BAD_CALLS)('%s: a typed validation error, nothing sent', async (_name, call) => {
    await scenario('bad input', async () => {
      const before = keystone.sent.length
      const error = await call(client).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      expect(isKeystoneValidationError(error), String(error)).toBe(true)
      expect(keystone.sent.length).toBe(before)
    })
  })
})
