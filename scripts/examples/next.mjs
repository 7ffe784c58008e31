#!/usr/bin/env node
// examples/next: install the packed library, `next build` (offline: the page is dynamic), then
// start it on 127.0.0.1 against the mock Keystone served over real HTTP, and check that the Server
// Component prefetched the list, the CID handed down matches the one the server sent, the Route
// Handler answers, and the page hydrates in headless Chromium without a hydration error.
/* global document -- the evaluate and waitForFunction callbacks run in the page */
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import path from 'node:path'
import { getResponse } from 'msw'
import { chromium } from 'playwright-core'
import { installExample, packLibrary, root, run, since } from './pack.mjs'

const dir = path.join(root, 'examples/next')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const started = performance.now()
const tarball = packLibrary()
installExample(dir, tarball)
const installed = since(started)
const buildStart = performance.now()
run('npx', ['next', 'build'], dir, env)
const built = since(buildStart)

function check(condition, message) {
  if (!condition) throw new Error(`next example: ${message}`)
  console.log(`  ok  ${message}`)
}

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))

/** The mock Keystone's MSW handlers behind a real HTTP server, with CORS for the app's origin. */
async function serveMock(origin) {
  const { createMockKeystone } = await import(path.join(root, 'dist/testing.js'))
  let mock
  const server = createServer(async (incoming, outgoing) => {
    const cors = {
      'Access-Control-Allow-Origin': origin(),
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': 'authorization, content-type, x-csrftoken, x-keystone-cid',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
    }
    if (incoming.method === 'OPTIONS') return outgoing.writeHead(204, cors).end()
    const chunks = []
    for await (const chunk of incoming) chunks.push(chunk)
    const headers = Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))
    const request = new Request(new URL(incoming.url, mock.baseUrl), {
      method: incoming.method,
      headers: headers.map(([name, value]) => [name, String(value)]),
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    })
    const response = (await getResponse(mock.handlers, request)) ?? new Response('Not found', { status: 404 })
    const head = { ...cors, ...Object.fromEntries(response.headers) }
    const cookies = response.headers.getSetCookie()
    if (cookies.length) head['set-cookie'] = cookies
    outgoing.writeHead(response.status, head).end(Buffer.from(await response.arrayBuffer()))
  })
  const port = await listen(server)
  mock = createMockKeystone({ baseUrl: `http://127.0.0.1:${port}/api/` })
  return { server, mock }
}

async function freePort() {
  const probe = createServer()
  const port = await listen(probe)
  await new Promise((resolve) => probe.close(resolve))
  return port
}

async function waitForApp(url, app) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within 60 s`)
}

const appPort = await freePort()
const appOrigin = `http://127.0.0.1:${appPort}`
const { server: mockServer, mock } = await serveMock(() => appOrigin)
const { STAFF_USER } = await import(path.join(root, 'dist/testing.js'))
const app = spawn(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(appPort)], {
  cwd: dir,
  env: { ...env, KEYSTONE_URL: mock.baseUrl, KEYSTONE_TOKEN: STAFF_USER.token },
  stdio: ['ignore', 'inherit', 'inherit'],
})
let browser
let failed = false
try {
  const runStart = performance.now()
  await waitForApp(`${appOrigin}/api/clusters`, app)
  mock.requests.length = 0

  const html = await (await fetch(`${appOrigin}/`)).text()
  const names = mock.records('clusters').map((cluster) => cluster.name).sort()
  const list = html.slice(html.indexOf('aria-label="Clusters"'), html.indexOf('</ul>'))
  check(names.every((name) => list.includes(name)), `the server render holds the prefetched clusters (${names.join(', ')})`)
  const cid = /data-cid="([^"]*)"/.exec(html)?.[1] ?? ''
  const sent = mock.requests.filter((request) => request.path === 'allocations/clusters/').map((request) => request.headers['x-keystone-cid'])
  check(/^[0-9a-f-]{36}$/.test(cid) && sent.length === 1 && sent[0] === cid, 'the CID handed to the provider is the one the prefetch sent')

  const all = await (await fetch(`${appOrigin}/api/clusters`)).json()
  check(all.map((cluster) => cluster.name).join() === names.join(), 'the Route Handler lists every cluster')
  const gpu = await (await fetch(`${appOrigin}/api/clusters?search=gpu`)).json()
  check(gpu.map((cluster) => cluster.name).join() === 'blanca', 'the Route Handler passes the search on')

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  const page = await browser.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => message.type() === 'error' && /hydrat|#418|#423|#425/i.test(message.text()) && problems.push(message.text()))
  mock.requests.length = 0
  await page.goto(`${appOrigin}/`, { waitUntil: 'networkidle' })
  // After hydration the session check has run, and the list was read from the hydrated cache.
  await page.waitForFunction(() => document.querySelector('[data-cid]')?.getAttribute('data-cid')?.length === 36)
  const browserCid = await page.getAttribute('[data-cid]', 'data-cid')
  const items = await page.locator('ul[aria-label="Clusters"] li').allInnerTexts()
  check(problems.length === 0, `hydrates without an error (${problems.join('; ') || 'none'})`)
  check(items.length === names.length, 'the hydrated list keeps every cluster')
  // The one list request is the server render's prefetch (with the server's token); the browser reads the hydrated cache.
  const lists = mock.requests.filter((request) => request.path === 'allocations/clusters/')
  check(lists.length === 1 && lists[0].headers.authorization === `Token ${STAFF_USER.token}`, 'the browser does not fetch the prefetched list again')
  check(mock.requests.every((request) => request.headers['x-keystone-cid'] === browserCid), 'the server render and the browser send one CID')
  console.log(`examples/next: install ${installed} s, next build ${built} s, start + checks ${since(runStart)} s`)
} catch (error) {
  failed = true
  console.error(error)
} finally {
  await browser?.close()
  app.kill('SIGTERM')
  mockServer.close()
}
process.exit(failed ? 1 : 0)
