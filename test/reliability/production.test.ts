import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import * as development from 'keystone-api-react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, type LocalServer, serve } from './support/servers.ts'
import { reportTally, scenario } from './support/tally.ts'

// The package as an app's production build ships it: the sources bundled by esbuild with
// `process.env.NODE_ENV` defined as "production" (peers external), imported beside the
// development build vitest runs. Diagnostics texts are development-only; what code that
// handles errors reads (class, status, fieldErrors, issues' arguments and codes) must not differ.
const root = path.resolve(import.meta.dirname, '../..')
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'axios']
type Package = typeof development

afterAll(() => reportTally(import.meta.filename))

let out: string
let production: Package
let productionCode: string
let server: LocalServer
beforeAll(async () => {
  // Inside node_modules, so the bundle's bare imports of the peers resolve to the installed ones.
  out = fs.mkdtempSync(path.join(root, 'node_modules', '.production-test-'))
  const result = await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    external: PEERS,
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(out, 'index.mjs'),
    logLevel: 'silent',
  })
  expect(result.errors).toEqual([])
  productionCode = fs.readFileSync(path.join(out, 'index.mjs'), 'utf8')
  production = (await import(pathToFileURL(path.join(out, 'index.mjs')).href)) as Package
  // A Keystone that refuses every create with DRF's field errors, in its own words.
  server = await serve((request, response) => json(response, 400, { name: ['This field is required.'], non_field_errors: ['Try again.'] }))
}, 60_000)
afterAll(async () => {
  await server?.close()
  if (out) fs.rmSync(out, { recursive: true, force: true })
})

/** What error-handling code reads from a failure: never the development explanation. */
function outcome(pkg: Package, run: () => unknown): Promise<unknown> {
  return Promise.resolve()
    .then(run)
    .then(
      () => 'resolved',
      (error: Record<string, unknown>) => ({
        name: error.name,
        isKeystoneError: pkg.isKeystoneError(error),
        validation: error instanceof pkg.KeystoneValidationError,
        http: error instanceof pkg.KeystoneHttpError,
        status: error.status,
        fieldErrors: error.fieldErrors,
        issues: (error.issues as { argument: string; code: string }[] | undefined)?.map(({ argument, code }) => ({ argument, code })),
      }),
    )
}

/** Bad input of every kind the client refuses before sending, and one refusal from the server. */
const CASES: Record<string, (pkg: Package, url: string) => unknown> = {
  'a URL with credentials': (pkg) => new pkg.KeystoneClient({ url: 'https://user:secret@keystone.example/api/' }),
  'a negative timeout': (pkg, url) => new pkg.KeystoneClient({ url, timeout: -1 }),
  'a pk of 0': (pkg, url) => new pkg.KeystoneClient({ url }).retrieveCluster({ pk: 0 }),
  'list params out of range, at once': (pkg, url) =>
    new pkg.KeystoneClient({ url }).listClusters({ limit: 0, order: '!' as never, filters: { id__in: [] as never, enabled__isnull: 'yes' as never } }),
  'a body that is not an object': (pkg, url) => new pkg.KeystoneClient({ url }).createCluster(null as never),
  'a body JSON cannot carry': (pkg, url) => new pkg.KeystoneClient({ url }).createCluster({ name: 'x', description: 10n as never }),
  'an endpoint leaving the base URL': (pkg, url) => new pkg.KeystoneClient({ url }).httpGet('https://user:secret@evil.test/x'),
  'a 400 with field errors (the server refuses)': (pkg, url) => new pkg.KeystoneClient({ url }).createCluster({ name: '' }),
}

describe('production build', () => {
  it('leaves out the diagnostics texts (the NODE_ENV test folds) and keeps the refusals', () => {
    expect(productionCode).not.toMatch(/must be a positive integer|must be called inside|is not a Keystone resource/)
    expect(productionCode).toContain('positiveInteger')
  })

  it.each(Object.keys(CASES))('throws what development throws for %s: same class, status, fieldErrors, issue arguments and codes', async (name) => {
    await scenario('production build: same error as development', async () => {
      const url = `${server.origin}/api/`
      const sent = server.received.length
      const inDevelopment = await outcome(development, () => CASES[name]!(development, url))
      const inProduction = await outcome(production, () => CASES[name]!(production, url))
      expect(inDevelopment).not.toBe('resolved')
      expect(inProduction).toEqual(inDevelopment)
      // Validation refusals send nothing in either build; the server's refusal is one request each.
      expect(server.received.length - sent).toBe(name.includes('server') ? 2 : 0)
    })
  })

  it('explains a refusal in words in development, and gives its code in production', async () => {
    const url = `${server.origin}/api/`
    const refusal = (pkg: Package) =>
      new pkg.KeystoneClient({ url }).retrieveCluster({ pk: -1 }).then(
        () => expect.unreachable('a pk of -1 is refused'),
        (error: InstanceType<Package['KeystoneValidationError']>) => error,
      )
    const [inDevelopment, inProduction] = [await refusal(development), await refusal(production)]
    expect(inDevelopment.issues).toEqual([{ argument: 'pk', code: 'positiveInteger', message: 'must be a positive integer, got -1' }])
    expect(inProduction.issues).toEqual([{ argument: 'pk', code: 'positiveInteger', message: 'positiveInteger' }])
    expect(inProduction.message).toBe('Invalid argument: pk positiveInteger')
  })

  it('keeps the server’s own words in a KeystoneHttpError (data, not a diagnostic)', async () => {
    const error = (await new production.KeystoneClient({ url: `${server.origin}/api/` }).createCluster({ name: '' }).catch((caught: unknown) => caught)) as InstanceType<Package['KeystoneHttpError']>
    expect(error.fieldErrors).toEqual({ name: ['This field is required.'], non_field_errors: ['Try again.'] })
    expect(error.message).toContain('This field is required.')
  })

  it('throws the same KeystoneResponseError for a list answer that is not a page, explaining it only in development', async () => {
    const broken = await serve((request, response) => json(response, 200, { count: 1, next: null, results: 'not rows' }))
    try {
      const url = `${broken.origin}/api/`
      const failure = (pkg: Package) =>
        new pkg.KeystoneClient({ url }).retrieveCluster().then(
          () => expect.unreachable('a list answer without rows is refused'),
          (error: InstanceType<Package['KeystoneResponseError']>) => error,
        )
      const [inDevelopment, inProduction] = [await failure(development), await failure(production)]
      expect(production.isKeystoneResponseError(inProduction)).toBe(true)
      expect(inProduction.name).toBe(inDevelopment.name)
      expect(inProduction.request).toEqual({ ...inDevelopment.request, cid: inProduction.request.cid })
      expect(inDevelopment.message).toMatch(/^The list answer is not a page/)
      expect(inProduction.message).toBe(`not a page: GET ${url}allocations/clusters/`)
    } finally {
      await broken.close()
    }
  })

  it('throws the same Error for a hook outside <KeystoneProvider>, naming the hook only in development', () => {
    const render = (pkg: Package) => () =>
      renderToString(
        createElement(function Clusters() {
          pkg.useClusters()
          return null
        }),
      )
    expect(render(development)).toThrow(new Error('useClusters must be called inside <KeystoneProvider>'))
    expect(render(production)).toThrow(new Error('No KeystoneProvider'))
  })
})
