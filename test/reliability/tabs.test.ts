import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { createMockKeystone, type MockKeystone } from 'keystone-api-react/testing'
import { getResponse } from 'msw'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { bundleForBrowser, repoRoot } from '../support/browserBundle.ts'
import { launchChromium } from '../support/chromium.ts'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type LocalServer, serve } from './support/servers.ts'
import { reportTally, scenario } from './support/tally.ts'

// Two tabs of one dashboard in real Chromium (one browser context: shared cookies, one origin).
// The page is bundled with esbuild and served with the mock Keystone under /api/ from 127.0.0.1.
afterAll(() => reportTally(import.meta.filename))

let browser: Browser
let bundle: string
beforeAll(async () => {
  bundle = await bundleForBrowser('test/reliability/support/tabsPage.tsx', {
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'keystone-api-react': path.join(repoRoot, 'src/index.ts') },
  })
  browser = await launchChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

const started: LocalServer[] = []
const contexts: BrowserContext[] = []
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
  await Promise.all(started.splice(0).map((server) => server.close()))
})

const PAGE = '<!doctype html><html><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>'

/** Answers an /api/ request with the mock's handlers, cookies included. */
async function answer(mock: MockKeystone, raw: IncomingMessage, body: string, response: ServerResponse, origin: string): Promise<void> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw.headers)) if (typeof value === 'string') headers.set(name, value)
  const request = new Request(origin + raw.url, { method: raw.method, headers, body: ['GET', 'HEAD'].includes(raw.method ?? '') ? undefined : body })
  const found = (await getResponse(mock.handlers, request)) ?? new Response('not found', { status: 404 })
  const out: Record<string, string | string[]> = {}
  found.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  const cookies = found.headers.getSetCookie()
  if (cookies.length) out['set-cookie'] = cookies
  response.writeHead(found.status, out)
  response.end(Buffer.from(await found.arrayBuffer()))
}

/** The page and the mock on one 127.0.0.1 origin. */
async function site(): Promise<{ origin: string; mock: MockKeystone }> {
  const api: { mock?: MockKeystone; origin?: string } = {}
  const server = await serve((request, response, raw) => {
    if (request.url === '/') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE)
    if (request.url === '/app.js') return void response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle)
    if (request.url.startsWith('/api/')) return void answer(api.mock!, raw, request.body, response, api.origin!)
    response.writeHead(404).end()
  })
  started.push(server)
  api.origin = server.origin
  api.mock = createMockKeystone({ baseUrl: `${server.origin}/api/` })
  return { origin: server.origin, mock: api.mock }
}

/** Two tabs of the dashboard; with `broadcast: false` the pages have no BroadcastChannel (the storage-event fallback). */
async function twoTabs(broadcast: boolean): Promise<{ mock: MockKeystone; tabs: Page[] }> {
  const { origin, mock } = await site()
  const context = await browser.newContext()
  contexts.push(context)
  if (!broadcast) await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'))
  const tabs = [await context.newPage(), await context.newPage()]
  for (const tab of tabs) {
    await tab.goto(origin)
    await tab.locator('#user', { hasText: 'user: nobody' }).waitFor()
  }
  return { mock, tabs }
}

/** When a tab first showed `text` (its clock; both tabs share the machine's). */
const seenAt = (tab: Page, text: string): Promise<number> => tab.evaluate((shown) => (window as unknown as { seen: Record<string, number> }).seen[shown]!, text)

const sent = (mock: MockKeystone, from: number): string[] => mock.requests.slice(from).map((request) => `${request.method} ${request.path}`).sort()

describe.each([
  ['BroadcastChannel', true],
  ['storage events', false],
])('two tabs, one session (%s)', (channel, broadcast) => {
  it('a login and a logout in one tab reach the other, without extra requests', async () => {
    await scenario(`cross-tab login and logout (${channel})`, async () => {
      const { mock, tabs } = await twoTabs(broadcast)
      const [first, second] = tabs as [Page, Page]
      const grants = mock.records('grants').filter((grant) => grant.team === 1).length

      let from = mock.requests.length
      await first.click('#login')
      await second.locator('#user', { hasText: 'user: alice' }).waitFor()
      const loginDelay = (await seenAt(second, 'user: alice')) - (await seenAt(first, 'user: alice'))
      for (const tab of tabs) await tab.locator('#grants', { hasText: `grants: ${grants}` }).waitFor()
      // The login, then each tab's one list: no tab asks whoami, none fetches twice.
      expect(sent(mock, from)).toEqual(['GET research/grants/', 'GET research/grants/', 'POST authentication/login/'])

      from = mock.requests.length
      await first.click('#logout')
      await second.locator('#user', { hasText: 'user: nobody' }).waitFor()
      await first.locator('#user', { hasText: 'user: nobody' }).waitFor()
      const logoutDelay = (await seenAt(second, 'user: nobody')) - (await seenAt(first, 'user: nobody'))
      expect(sent(mock, from)).toEqual(['POST authentication/logout/'])
      // A figure, not an assertion (no timed assertions): how long after the acting tab the other one showed the change.
      console.log(`cross-tab (${channel}): the other tab showed the login ${loginDelay} ms and the logout ${logoutDelay} ms after the acting tab`)
      const leaked = (await second.locator('#grants').count()) + (await first.locator('#grants').count())
      return { leaked }
    })
  }, 60_000)
})
