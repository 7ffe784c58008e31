// @vitest-environment happy-dom
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
    server.use(http.all(`${API}*`, () => HttpResponse.json({ id: 1 })))
    document.cookie = 'csrftoken=tok123; path=/'
    const client = new KeystoneClient({ url: API, adapter: 'http' })
    await client.httpGet('whoami')
    await client.httpPost('allocations/clusters', { json: { name: 'a' } })
    await client.httpGet('whoami')
    expect(received.map((r) => [r.method, r.headers.get('x-csrftoken'), r.headers.get('cookie')])).toEqual([
      ['GET', null, null],
      ['POST', 'tok123', null],
      ['GET', null, null],
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
})
