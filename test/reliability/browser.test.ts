import type * as ClientModule from 'keystone-api-react/client'
import type { Browser, Page } from 'playwright-core'
import { bundleForBrowser } from '../support/browserBundle.ts'
import { launchChromium } from '../support/chromium.ts'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { json, type LocalServer, serve } from './support/servers.ts'
import { reportTally, scenario } from './support/tally.ts'

// Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) running the client
// bundled for browsers, on a page served from 127.0.0.1. A second 127.0.0.1 port is the "other
// origin"; it answers CORS as permissively as an attacker would, and records everything.
afterAll(() => reportTally(import.meta.filename))

// The peer-range project bundles the lowest axios the package accepts (see vitest.config.ts).
const AXIOS = process.env.KEYSTONE_AXIOS_PACKAGE ?? 'axios'

let browser: Browser
let bundle: string
beforeAll(async () => {
  bundle = await bundleForBrowser('src/client/index.ts', {
    alias: AXIOS === 'axios' ? {} : { axios: AXIOS },
    // axios 1.8.0 imports Node's `crypto` from code browsers never run; bundlers such as Vite
    // replace it with an empty module, as this does.
    plugins: [
      {
        name: 'browser-external',
        setup(bundler) {
          bundler.onResolve({ filter: /^crypto$/ }, () => ({ path: 'crypto', namespace: 'browser-external' }))
          bundler.onLoad({ filter: /.*/, namespace: 'browser-external' }, () => ({ contents: 'export default {}' }))
        },
      },
    ],
  })
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

const started: LocalServer[] = []
const pages: Page[] = []
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()))
  await Promise.all(started.splice(0).map((server) => server.close()))
})

const ALICE = { id: 1, username: 'alice' }
const CORS_HEADERS = 'content-type, x-csrftoken, x-keystone-cid, authorization'

/** CORS headers granting `origin` everything, credentials included. */
function allow(origin: string | string[] | undefined): Record<string, string> {
  return typeof origin === 'string'
    ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Headers': CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE' }
    : {}
}

/** The "other origin": answers anything, preflights included, and records it. */
async function otherOrigin(): Promise<LocalServer> {
  const server = await serve((request, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, allow(request.headers.origin))
      return response.end()
    }
    json(response, 200, ALICE, allow(request.headers.origin))
  })
  started.push(server)
  return server
}

/**
 * The page's server: `/` is a page loading the bundled client as `window.keystone`; `/api/...`
 * is answered by `api` (CORS preflights are granted, for the cross-origin cases).
 */
async function site(api: (request: Parameters<Parameters<typeof serve>[0]>[0], response: Parameters<Parameters<typeof serve>[0]>[1]) => void): Promise<LocalServer> {
  const server = await serve((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      return response.end('<!doctype html><script type="module">import * as keystone from "/client.js"; window.keystone = keystone</script>')
    }
    if (request.url === '/client.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' })
      return response.end(bundle)
    }
    // Only the API answers: the page's own favicon request must not reach the redirect.
    if (!request.url.startsWith('/api/')) {
      response.writeHead(404)
      return response.end()
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, allow(request.headers.origin))
      return response.end()
    }
    api(request, response)
  })
  started.push(server)
  return server
}

async function open(server: LocalServer): Promise<Page> {
  const page = await browser.newPage()
  pages.push(page)
  await page.goto(`${server.origin}/`)
  await page.waitForFunction(() => 'keystone' in window)
  return page
}

/** Runs a login, a PATCH and a GET on a client made in the page; returns each outcome as `name:status` or `ok`. */
function session(page: Page, options: Record<string, unknown>): Promise<string[]> {
  return page.evaluate(async (options) => {
    const { KeystoneClient } = (window as unknown as { keystone: typeof ClientModule }).keystone
    const client = new KeystoneClient(options as unknown as ConstructorParameters<typeof KeystoneClient>[0])
    const calls = [
      () => client.login({ username: 'alice', password: 'alice-password' }),
      () => client.updateGrant({ pk: 1, data: { title: 'Renamed' } }),
      () => client.listGrants(),
    ]
    const outcomes: string[] = []
    for (const call of calls) {
      outcomes.push(
        await call().then(
          () => 'ok',
          (error: { name: string; status?: number }) => `${error.name}:${error.status}`,
        ),
      )
    }
    return outcomes
  }, options)
}

describe('in Chromium, a redirect never takes a request elsewhere', () => {
  it.each([301, 302, 303, 307, 308])('a %i to another origin: the other origin receives no request, the client a typed error', async (status) => {
    await scenario('browser: redirect to another origin (Chromium)', async () => {
      const other = await otherOrigin()
      const server = await site((_request, response) => {
        response.writeHead(status, { Location: `${other.origin}/steal/` })
        response.end()
      })
      const page = await open(server)
      const outcomes = await session(page, { url: `${server.origin}/api/` })
      // The browser hides the status of a redirect from fetch (status 0, "opaque").
      expect(outcomes).toEqual(['KeystoneRedirectError:0', 'KeystoneRedirectError:0', 'KeystoneRedirectError:0'])
      expect(other.received).toEqual([])
      return { crossOrigin: other.received.length }
    })
  })

  it('with an XHR adapter the browser replays before the client sees it: the answer is still refused (why fetch is the default)', async () => {
    await scenario('browser: redirect with an XHR adapter (Chromium)', async () => {
      const other = await otherOrigin()
      const server = await site((_request, response) => {
        response.writeHead(307, { Location: `${other.origin}/steal/` })
        response.end()
      })
      const page = await open(server)
      const outcomes = await session(page, { url: `${server.origin}/api/`, adapter: 'xhr' })
      expect(outcomes).toEqual(['KeystoneRedirectError:200', 'KeystoneRedirectError:200', 'KeystoneRedirectError:200'])
      // Shows the test can see a replay: XHR follows, so the other origin got the login.
      expect(other.received.some((request) => request.body.includes('alice-password'))).toBe(true)
    })
  })
})

describe("in Chromium, the page's csrftoken goes only to an API on the page's origin", () => {
  it('same origin: sent; another origin: not sent', async () => {
    await scenario('browser: CSRF cookie token scope (Chromium)', async () => {
      const server = await site((request, response) => {
        if (request.url.endsWith('/login/')) return json(response, 200, ALICE, allow(request.headers.origin))
        json(response, 200, { id: 1, title: 'Renamed' }, allow(request.headers.origin))
      })
      const page = await open(server)
      await page.evaluate(() => {
        document.cookie = 'csrftoken=page-token; path=/'
      })
      // Same server under another host name: another origin (and another site) for the page.
      const elsewhere = server.origin.replace('127.0.0.1', 'localhost')
      expect(await session(page, { url: `${elsewhere}/api/` })).toEqual(['ok', 'ok', 'ok'])
      const crossOrigin = server.received.filter((request) => request.method === 'PATCH').map((request) => request.headers['x-csrftoken'])
      expect(await session(page, { url: `${server.origin}/api/` })).toEqual(['ok', 'ok', 'ok'])
      const sameOrigin = server.received.filter((request) => request.method === 'PATCH').map((request) => request.headers['x-csrftoken'])
      expect(crossOrigin).toEqual([undefined])
      expect(sameOrigin).toEqual([undefined, 'page-token'])
      return { crossOrigin: crossOrigin.filter(Boolean).length }
    })
  })
})

describe('in Chromium, the default fetch transport keeps uploads working', () => {
  it('a multipart upload with a progress callback arrives whole', async () => {
    await scenario('browser: upload with progress (Chromium)', async () => {
      const server = await site((request, response) => json(response, 201, { id: 7, size: request.body.length }))
      const page = await open(server)
      const outcome = await page.evaluate(async (url) => {
        const { KeystoneClient } = (window as unknown as { keystone: typeof ClientModule }).keystone
        const client = new KeystoneClient({ url })
        const progress: number[] = []
        const response = await client.httpPost<{ id: number }>('allocations/attachments/', {
          json: { request: 1 },
          files: { file: new Blob(['x'.repeat(200_000)], { type: 'text/plain' }) },
          onUploadProgress: (event) => void progress.push(event.loaded),
        })
        return { status: response.status, id: response.data.id, progressed: progress.length > 0 }
      }, `${server.origin}/api/`)
      expect(outcome).toEqual({ status: 201, id: 7, progressed: true })
      const upload = server.received.find((request) => request.method === 'POST')!
      expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
      expect(upload.body).toContain('x'.repeat(200_000))
      return {}
    })
  })
})
