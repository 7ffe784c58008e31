import type { Server } from 'node:http'
import { ALICE, BOB, createMockKeystone } from 'keystone-api-react/testing'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSpec } from '../contract/support/spec.ts'
import { launchChromium } from '../support/chromium.ts'
import { bundlePage, pageOrigin, servePage } from './support/browser.ts'
import { liveTarget } from './support/env.ts'
import { seedLiveKeystone } from './support/seeder.ts'
import { Session } from './support/session.ts'

// The hooks in headless Chromium on a page whose origin is not the API's (CORS with
// credentials, the session in the browser's cookies), against the server of KEYSTONE_URL.
const server = liveTarget(process.env)
const origin = pageOrigin()
const unique = Date.now().toString(36)
let browser: Browser
let context: BrowserContext
let page: Page
let pageServer: Server
let staff: Session

type Row = Record<string, unknown>

/** Polls until the page shows what is expected (a slow, shared machine: waits up to 30 s, asserts no time). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 })

/** What a user's session on the server lists, read from Node, to compare the page with. */
async function serverList(session: Session, path: string, query: Record<string, string>): Promise<Row[]> {
  const answer = await session.send('GET', path, { query: { _limit: '100', ...query } })
  expect(answer.status).toBe(200)
  return (answer.body as { results: Row[] }).results
}

const clustersAsShown = (rows: Row[]): string => rows.map((row) => `${String(row.name)}:${String(row.description)}:${String(row.enabled)}`).join(',')
const text = (testId: string): Promise<string> => page.getByTestId(testId).innerText()

async function logIn(username: string, password: string): Promise<void> {
  await page.getByLabel('username').fill(username)
  await page.getByLabel('password').fill(password)
  await page.getByText('log in').click()
  await eventually(() => text('session')).toBe(`user:${username}`)
}

/** Waits until the page shows the clusters the server lists now: all of them, and the enabled ones. */
async function expectClustersTrue(): Promise<void> {
  const all = await serverList(staff, 'allocations/clusters/', { _order: 'name' })
  const enabled = await serverList(staff, 'allocations/clusters/', { _order: 'name', enabled: 'true' })
  await eventually(() => text('all')).toBe(clustersAsShown(all))
  await eventually(() => text('enabled')).toBe(enabled.map((row) => row.name).join(','))
}

beforeAll(async () => {
  const mock = createMockKeystone()
  await seedLiveKeystone(server.url, server, mock.db, await readSpec(server.url))
  staff = new Session(server.url)
  expect((await staff.login(server.username, server.password)).status).toBe(200)
  pageServer = await servePage(origin, await bundlePage())
  browser = await launchChromium()
  context = await browser.newContext()
  page = await context.newPage()
  await page.goto(`${origin}/?api=${encodeURIComponent(server.url)}`)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => pageServer?.close(resolve))
})

describe('the hooks on a real Keystone, from another origin', () => {
  it('serve the page from an origin that is not the API’s', () => {
    expect(new URL(server.url).origin).not.toBe(origin)
  })

  it('start anonymous, then log in with the browser’s cookies', async () => {
    await eventually(() => text('session')).toBe('status:anonymous')
    await page.getByLabel('username').fill(server.username)
    await page.getByLabel('password').fill('not-the-password')
    await page.getByText('log in').click()
    await eventually(() => text('login-error')).toMatch(/^KeystoneHttpError:/)
    await logIn(server.username, server.password)
    const cookies = await context.cookies(server.url)
    expect(cookies.map((cookie) => cookie.name).sort()).toEqual(['csrftoken', 'sessionid'])
  })

  it('list what the server lists, filtered and ordered', async () => {
    await expectClustersTrue()
  })

  it('keep every list and the detail true through create, update, replace and delete', async () => {
    const writes: { method: string; csrf?: string }[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(server.url) && !['GET', 'OPTIONS', 'HEAD'].includes(request.method())) writes.push({ method: request.method(), csrf: request.headers()['x-csrftoken'] })
    })
    const name = `browser-${unique}`
    await page.getByLabel('cluster name').fill(name)
    await page.getByText('create', { exact: true }).click()
    await eventually(() => text('detail')).toBe(`${name}:made in the browser:true`)
    await expectClustersTrue()
    // Disabling it must drop it from the list filtered on enabled=true, as the server does.
    await page.getByText('update', { exact: true }).click()
    await eventually(() => text('detail')).toBe(`${name}:patched:false`)
    await expectClustersTrue()
    await page.getByText('replace', { exact: true }).click()
    await eventually(() => text('detail')).toBe(`${name}-put:put:true`)
    await expectClustersTrue()
    await page.getByText('delete', { exact: true }).click()
    await eventually(() => text('detail')).toBe('gone')
    await expectClustersTrue()
    expect(await text('write-error')).toBe('')
    // Every write carried the CSRF token of the API's cookie (the page reads it: same site).
    const token = (await context.cookies(server.url)).find((cookie) => cookie.name === 'csrftoken')?.value
    expect(writes.map((write) => write.method)).toEqual(['POST', 'PATCH', 'PUT', 'DELETE'])
    expect(writes.every((write) => write.csrf === token)).toBe(true)
  })

  it('get a session write refused (403) when the CSRF token is not the cookie’s', async () => {
    const other = await context.newPage()
    await other.goto(`${origin}/?api=${encodeURIComponent(server.url)}&csrf=wrong`)
    await eventually(() => other.getByTestId('session').innerText()).toBe(`user:${server.username}`)
    await other.getByLabel('cluster name').fill(`refused-${unique}`)
    await other.getByText('create', { exact: true }).click()
    await eventually(() => other.getByTestId('write-error').innerText()).toMatch(/^KeystoneHttpError:403:.*CSRF/)
    await other.close()
    expect((await serverList(staff, 'allocations/clusters/', { name: `refused-${unique}` })).length).toBe(0)
  })

  it('switch users: the second sees only what the server shows them, nothing of the first', async () => {
    await page.getByText('log out').click()
    await eventually(() => text('session')).toBe('status:anonymous')
    for (const user of [ALICE, BOB]) {
      await logIn(user.username, user.password)
      const mine = new Session(server.url)
      expect((await mine.login(user.username, user.password)).status).toBe(200)
      const requests = await serverList(mine, 'allocations/requests/', { _order: 'title' })
      expect(requests.length).toBeGreaterThan(0)
      await eventually(() => text('requests')).toBe(requests.map((row) => row.title).join(','))
      await page.getByText('log out').click()
      await eventually(() => text('session')).toBe('status:anonymous')
    }
  })

  it('end the session when the server ends it mid-session (401), and say so once', async () => {
    await logIn(server.username, server.password)
    await expectClustersTrue()
    // The server forgets the session: a logout sent from outside the page with the page's cookies.
    const cookies = await context.cookies(server.url)
    const value = (name: string): string => cookies.find((cookie) => cookie.name === name)!.value
    const outside = new Session(server.url)
    const ended = await outside.send('POST', 'authentication/logout/', {
      headers: { Cookie: `sessionid=${value('sessionid')}; csrftoken=${value('csrftoken')}`, 'X-CSRFToken': value('csrftoken') },
    })
    expect(ended.status).toBe(200)
    // The next write answers 401: the page learns it has no session any more.
    await page.getByLabel('cluster name').fill(`after-logout-${unique}`)
    await page.getByText('create', { exact: true }).click()
    await eventually(() => text('expired')).toBe('expired:1')
    await eventually(() => text('session')).toBe('status:anonymous')
    expect((await serverList(staff, 'allocations/clusters/', { name: `after-logout-${unique}` })).length).toBe(0)
  })
})
