import fs from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { SPEC_PATH } from './spec.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
type RefreshSpec = (source: string, target: string) => Promise<void>
const load = async (): Promise<RefreshSpec> =>
  ((await import(path.join(root, 'scripts/generate-types.mjs'))) as { refreshSpec: RefreshSpec }).refreshSpec

const original: unknown = parse(fs.readFileSync(SPEC_PATH, 'utf8'))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'refresh-spec-'))
let server: Server
let base: string

// A server's GET /openapi/json/ answers the spec as JSON; anything else is not a spec.
beforeAll(async () => {
  server = createServer((request, response) => {
    const body = request.url === '/api/openapi/json/' ? JSON.stringify(original) : JSON.stringify({ detail: 'Not found.' })
    response.writeHead(request.url === '/api/openapi/json/' ? 200 : 404, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run generate:types -- <source>', () => {
  it('copies a server’s /openapi/json/ into the spec file as YAML, under a header naming its source', async () => {
    const target = path.join(work, 'from-server.yml')
    await (await load())(`${base}openapi/json/`, target)
    const text = fs.readFileSync(target, 'utf8')
    expect(text.split('\n').slice(0, 3).join('\n')).toContain(`Copied from ${base}openapi/json/`)
    expect(parse(text)).toEqual(original)
  }, 30_000)

  it('copies a spec file given by path', async () => {
    const target = path.join(work, 'from-file.yml')
    await (await load())(SPEC_PATH, target)
    expect(parse(fs.readFileSync(target, 'utf8'))).toEqual(original)
  }, 30_000)

  it('refuses a source that answers an error or is not an OpenAPI document, leaving the copy alone', async () => {
    const refresh = await load()
    const target = path.join(work, 'kept.yml')
    fs.writeFileSync(target, 'kept')
    await expect(refresh(`${base}openapi/yaml/`, target)).rejects.toThrow(/answered 404/)
    const notSpec = path.join(work, 'not-a-spec.json')
    fs.writeFileSync(notSpec, '{"detail":"Not found."}')
    await expect(refresh(notSpec, target)).rejects.toThrow(/not an OpenAPI document/)
    expect(fs.readFileSync(target, 'utf8')).toBe('kept')
  })
})
