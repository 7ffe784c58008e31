import { http, HttpResponse } from 'msw'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { HttpClient, isKeystoneValidationError, KeystoneClient, resources } from 'keystone-api-react/client'
import { API, makeClient, startMswServer } from './helpers.ts'
import { specOperations } from './spec.ts'

const { server, received } = startMswServer()

/** Answers any request with a plausible body, so every client method completes. */
const anything = http.all(`${API}*`, ({ request }) => {
  const { pathname } = new URL(request.url)
  if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 })
  if (pathname.endsWith('/version/') || pathname.endsWith('/prom/')) return HttpResponse.text('1.0')
  if (pathname.endsWith('/batch/')) return HttpResponse.json({ results: [] })
  const isList = request.method === 'GET' && !/\/\d+\/$/.test(pathname)
  return HttpResponse.json(isList ? { count: 0, next: null, previous: null, results: [] } : { id: 1 }, {
    status: request.method === 'POST' && !pathname.includes('/authentication/') ? 201 : 200,
  })
})

/** Calls every method the client prototype exposes, with arguments chosen by its name. */
async function callEverything(client: KeystoneClient): Promise<void> {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  // Every method between KeystoneClient and the HTTP core: the generic ones and the named ones.
  const names: string[] = []
  for (let proto = KeystoneClient.prototype; proto !== HttpClient.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(...Object.getOwnPropertyNames(proto).filter((name) => !['constructor', 'retrieveAll'].includes(name)))
  }
  for (const name of names) {
    const call = (...args: unknown[]) => target[name]!.call(client, ...args)
    if (/^list[A-Z]/.test(name) || /^get[A-Z]/.test(name)) await call()
    else if (/^retrieve[A-Z]/.test(name)) {
      await call()
      // Resources without a detail path (the feed) refuse a pk before sending.
      await call({ pk: 1 }).catch((error: unknown) => {
        if (!isKeystoneValidationError(error)) throw error
      })
    }
    else if (/^create[A-Z]/.test(name)) await call({})
    else if (/^(update|replace)[A-Z]/.test(name)) await call({ pk: 1, data: {} })
    else if (/^delete[A-Z]/.test(name)) await call({ pk: 1 })
  }
  await client.login({ username: 'a', password: 'b' })
  await client.whoami()
  await client.logout()
  await client.batch([{ method: 'GET', path: '/version/' } as never])
}

describe('the resource table', () => {
  it('reaches every path and method of the spec through the client, and nothing else', async () => {
    server.use(anything)
    await callEverything(makeClient())
    const reached = new Set(received.map((r) => `${r.method} ${r.url.pathname.replace(/^\/api/, '').replace(/\/\d+\//, '/{id}/')}`))
    const operations = specOperations()
    expect(operations.filter((operation) => !reached.has(operation))).toEqual([])
    expect([...reached].filter((operation) => !operations.includes(operation))).toEqual([])
    expect(operations.length).toBeGreaterThan(80)
    // Every method of the client over real HTTP, then the 380 kB spec parsed: seconds on a busy machine.
  }, 30_000)
})

describe('the names the table derives from its keys', () => {
  it('are the singular and plural method names, at run time as in the types', () => {
    expect(resources.clusters).toEqual({ path: 'allocations/clusters/', one: 'Cluster', many: 'Clusters', ops: 'crud' })
    expect(resources.auditLogs).toEqual({ path: 'logs/audit/', one: 'AuditLog', many: 'AuditLogs', ops: 'read' })
    expect(resources.feed).toEqual({ path: 'logs/feed/', one: 'Feed', many: 'Feed', ops: 'list' })
    expectTypeOf(resources.auditLogs).toEqualTypeOf<{ readonly path: 'logs/audit/'; readonly one: 'AuditLog'; readonly many: 'AuditLogs'; readonly ops: 'read' }>()
    expectTypeOf(resources.feed.one).toEqualTypeOf<'Feed'>()
    // Every name the prototype carries is one the types declare (checked for a sample of each kind).
    for (const { one, many } of Object.values(resources)) {
      expect(typeof (KeystoneClient.prototype as unknown as Record<string, unknown>)[`list${many}`]).toBe('function')
      expect(typeof (KeystoneClient.prototype as unknown as Record<string, unknown>)[`retrieve${one}`]).toBe('function')
    }
  })
})
