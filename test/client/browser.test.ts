// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://dash.keystone.test/" }
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { KeystoneClient } from 'keystone-api-react/client'
import { API, startMswServer } from './helpers.ts'

const { server, received } = startMswServer()

afterEach(() => {
  document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
})

describe('KeystoneClient in a browser', () => {
  it('leaves cookies to the browser and reads the CSRF token from document.cookie', async () => {
    // The API on the page's own origin: the page's csrftoken is the API's.
    const api = new URL('/api/', location.href).href
    server.use(http.all(`${api}*`, () => HttpResponse.json({ id: 1 })))
    document.cookie = 'csrftoken=tok123; path=/'
    const client = new KeystoneClient({ url: api, adapter: 'http' })
    await client.httpGet('whoami')
    await client.httpPost('allocations/clusters', { json: { name: 'a' } })
    await client.httpGet('whoami')
    // The only cookies are the page's own, as the browser sends them (no jar of the client's).
    const browser = 'csrftoken=tok123'
    expect(received.map((r) => [r.method, r.headers.get('x-csrftoken'), r.headers.get('cookie')])).toEqual([
      ['GET', null, browser],
      ['POST', 'tok123', browser],
      ['GET', null, browser],
    ])
  })

  it('takes the CSRF token from csrfToken() when the page cannot read the API cookie', async () => {
    server.use(http.all(`${API}*`, () => HttpResponse.json({ id: 1 })))
    let token: string | undefined = 'from-parent-domain'
    const client = new KeystoneClient({ url: API, adapter: 'http', csrfToken: () => token })
    await client.httpPatch('allocations/clusters/1', { json: { name: 'a' } })
    token = undefined
    await client.httpPatch('allocations/clusters/1', { json: { name: 'b' } })
    await client.httpGet('allocations/clusters/1')
    expect(received.map((r) => [r.method, r.headers.get('x-csrftoken')])).toEqual([
      ['PATCH', 'from-parent-domain'],
      ['PATCH', null],
      ['GET', null],
    ])
  })

  it("never sends the page's csrftoken to an API on another site", async () => {
    const api = 'http://other-site.test/api/'
    server.use(http.all(`${api}*`, () => HttpResponse.json({ id: 1 })))
    document.cookie = 'csrftoken=tok123; path=/'
    for (const csrfCookie of ['same-origin', 'same-site'] as const) {
      await new KeystoneClient({ url: api, adapter: 'http', csrfCookie }).httpPost('allocations/clusters', { json: { name: 'a' } })
    }
    expect(received.map((r) => [r.method, r.headers.get('x-csrftoken')])).toEqual([
      ['POST', null],
      ['POST', null],
    ])
  })

  it("sends the page's csrftoken to an API on a sibling host only with csrfCookie: 'same-site'", async () => {
    const api = 'http://api.keystone.test/api/'
    server.use(http.all(`${api}*`, () => HttpResponse.json({ id: 1 })))
    document.cookie = 'csrftoken=tok123; path=/'
    await new KeystoneClient({ url: api, adapter: 'http' }).httpPost('allocations/clusters', { json: { name: 'a' } })
    await new KeystoneClient({ url: api, adapter: 'http', csrfCookie: 'same-site' }).httpPost('allocations/clusters', { json: { name: 'a' } })
    expect(received.map((r) => r.headers.get('x-csrftoken'))).toEqual([null, 'tok123'])
  })

  it("sends the page's csrftoken to the page's host on another port only with csrfCookie: 'same-site'", async () => {
    const api = 'http://dash.keystone.test:8443/api/'
    server.use(http.all(`${api}*`, () => HttpResponse.json({ id: 1 })))
    document.cookie = 'csrftoken=tok123; path=/'
    await new KeystoneClient({ url: api, adapter: 'http' }).httpPost('allocations/clusters', { json: { name: 'a' } })
    await new KeystoneClient({ url: api, adapter: 'http', csrfCookie: 'same-site' }).httpPost('allocations/clusters', { json: { name: 'a' } })
    expect(received.map((r) => r.headers.get('x-csrftoken'))).toEqual([null, 'tok123'])
  })
})
