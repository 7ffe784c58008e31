import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { build } from 'esbuild'
import type * as RootModule from 'keystone-api-react'
import type * as React from 'react'
import type * as ReactDom from 'react-dom/client'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/chromium.ts'
import { json, type LocalServer, serve } from './support/servers.ts'
import { reportTally, scenario } from './support/tally.ts'

// The built package imported as plain ES modules by a page in real Chromium: no bundler, so
// nothing defines `process` and nothing replaces `process.env.NODE_ENV`. An import map names
// the peers (React, TanStack Query and axios, each made an ES module once for the page, as a CDN
// would serve them). The package must run there, refusing bad input as in any other build.
const root = path.resolve(import.meta.dirname, '../..')
const require = createRequire(path.join(root, 'package.json'))
const PEERS = ['react', 'react/jsx-runtime', 'react-dom/client', '@tanstack/react-query', 'axios'] as const
// Names a module cannot export as bindings (axios's default instance has a `delete` method).
const RESERVED = new Set(['default', 'delete', 'new', 'function', 'class', 'in', 'typeof', 'void'])
const CLUSTER = { id: 1, name: 'gpu-a', description: null, enabled: true, access_mode: 'OP', access_teams: [], _access_teams: [], _history: [] }

afterAll(() => reportTally(import.meta.filename))

let out: string
let browser: Browser
const files = new Map<string, string>()
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(root, 'node_modules', '.unbundled-test-'))
  // The package as published: the build's ES modules, served as they are.
  const built = spawnSync('npx', ['tsdown', '--out-dir', out, '--format', 'esm', '--no-dts', '--logLevel', 'silent'], { cwd: root, encoding: 'utf8' })
  expect(built.status, built.stderr).toBe(0)
  for (const name of fs.readdirSync(out)) if (name.endsWith('.js')) files.set(`/dist/${name}`, fs.readFileSync(path.join(out, name), 'utf8'))
  for (const [url, text] of await peerModules()) files.set(url, text)
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  if (out) fs.rmSync(out, { recursive: true, force: true })
})

/**
 * The peers as ES modules: one bundle holding them all (so React is one copy), and for each peer
 * a module re-exporting its part. React ships CommonJS only, so its named exports are listed
 * from the module itself.
 */
async function peerModules(): Promise<Map<string, string>> {
  const modules = new Map<string, string>()
  const result = await build({
    stdin: { contents: PEERS.map((peer, index) => `export * as peer${index} from '${peer}'`).join('\n'), resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  modules.set('/peers/all.js', result.outputFiles[0]!.text)
  PEERS.forEach((peer, index) => {
    const exported = Object.keys(require(peer) as object).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name))
    modules.set(
      `/peers/${peer}.js`,
      `import { peer${index} as peer$ } from '/peers/all.js'; const module$ = peer$.default ?? peer$; export default module$; export const { ${exported.join(', ')} } = module$`,
    )
  })
  return modules
}

const started: LocalServer[] = []
const pages: Page[] = []
afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()))
  await Promise.all(started.splice(0).map((server) => server.close()))
})

/** A page importing `entry` of the built package as `window.keystone`; `/api/` answers as Keystone would. */
async function open(entry: 'index' | 'client'): Promise<{ page: Page; server: LocalServer }> {
  const imports = Object.fromEntries(PEERS.map((peer) => [peer, `/peers/${peer}.js`]))
  const server = await serve((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      return response.end(
        `<!doctype html><div id="root"></div><script type="importmap">${JSON.stringify({ imports })}</script>` +
          `<script type="module">import * as keystone from "/dist/${entry}.js"; import * as react from "react"; import * as reactDom from "react-dom/client"; ` +
          `window.peers = { react, reactDom }; window.keystone = keystone</script>`,
      )
    }
    const file = files.get(request.url)
    if (file !== undefined) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' })
      return response.end(file)
    }
    if (request.url.startsWith('/api/allocations/clusters/') && request.method === 'GET') return json(response, 200, { count: 1, next: null, previous: null, results: [CLUSTER] })
    if (request.url.startsWith('/api/allocations/clusters/')) return json(response, 400, { name: ['This field is required.'] })
    response.writeHead(404)
    response.end()
  })
  started.push(server)
  const page = await browser.newPage()
  pages.push(page)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(`${server.origin}/`)
  await page.waitForFunction(() => 'keystone' in window, undefined, { timeout: 10_000 }).catch(() => {
    throw new Error(`the page did not load the package: ${errors.join('; ')}`)
  })
  return { page, server }
}

describe('the built package in a browser page without a bundler', { timeout: 30_000 }, () => {
  it('keystone-api-react/client: requests, refuses bad input with its codes, reports the server’s field errors', () =>
    scenario('unbundled ES modules in Chromium (no process)', async () => {
      const { page, server } = await open('client')
      const outcome = await page.evaluate(async () => {
        const { KeystoneClient, isKeystoneValidationError } = (window as unknown as { keystone: typeof RootModule }).keystone
        const client = new KeystoneClient({ url: '/api/' })
        const page = await client.listClusters()
        const refused = await client.retrieveCluster({ pk: 0 }).catch((error: unknown) => error)
        const created = await client.createCluster({ name: '' }).catch((error: { status: number; fieldErrors: unknown }) => error)
        return {
          hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
          names: page.results.map((cluster) => cluster.name),
          refused: isKeystoneValidationError(refused) ? refused.issues : refused,
          created: { status: (created as { status: number }).status, fieldErrors: (created as { fieldErrors: unknown }).fieldErrors },
        }
      })
      expect(outcome).toEqual({
        hasProcess: false,
        names: ['gpu-a'],
        // No `process`: the refusal is the production one, its code standing in for the words.
        refused: [{ argument: 'pk', code: 'positiveInteger', message: 'positiveInteger' }],
        created: { status: 400, fieldErrors: { name: ['This field is required.'] } },
      })
      expect(server.received.filter((request) => request.url.startsWith('/api/')).map((request) => request.method)).toEqual(['GET', 'POST'])
  }))

  it('keystone-api-react: a provider renders a hook’s records, and a hook outside it throws', () =>
    scenario('unbundled ES modules in Chromium (no process)', async () => {
      const { page } = await open('index')
      const outcome = await page.evaluate(async () => {
        const { keystone, peers } = window as unknown as { keystone: typeof RootModule; peers: { react: typeof React; reactDom: typeof ReactDom } }
        const { KeystoneProvider, useClusters } = keystone
        const { createElement } = peers.react
        const { createRoot } = peers.reactDom
        function Names() {
          const { data } = useClusters()
          return createElement('p', { id: 'names' }, data ? data.results.map((cluster) => cluster.name).join(',') : 'loading')
        }
        // Outside the provider: the hook throws while rendering, and the root reports it.
        const outside = new Promise<string>((resolve) => {
          const alone = document.createElement('div')
          createRoot(alone, { onUncaughtError: (error) => resolve(`${(error as Error).name}: ${(error as Error).message}`) }).render(createElement(Names))
        })
        createRoot(document.getElementById('root')!).render(createElement(KeystoneProvider, { url: '/api/', initialUser: null }, createElement(Names)))
        return await outside
      })
      expect(outcome).toBe('Error: No KeystoneProvider')
      await expect.poll(() => page.textContent('#names'), { timeout: 10_000 }).toBe('gpu-a')
  }))
})
