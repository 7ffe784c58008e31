#!/usr/bin/env node
// Every generator, in one command:
//   npm run generate              -> rewrite each generated file that changed
//   npm run generate -- --check   -> write nothing; exit 1 naming each generated file that is stale
// The types come from spec/openapi.yml (scripts/generate-types.mjs, which also refreshes that copy
// from a file or a server: npm run generate:types -- <file|URL>); the filter and mock tables from the
// same spec (scripts/generate-spec-tables.mjs); the hooks, the `*Queries` and the export blocks of
// src/index.ts and src/server.ts from the resource table (scripts/generate-hooks.mjs).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as hooks from './generate-hooks.mjs'
import * as specTables from './generate-spec-tables.mjs'
import * as types from './generate-types.mjs'
import { isStale, root, writeOutputs } from './source.mjs'

/** Every generated file with the text its generator makes now: `{ file, text }`. */
export async function outputs() {
  const all = await Promise.all([types, specTables, hooks].map((generator) => generator.outputs()))
  return all.flat()
}

/** The generated files whose committed text differs from what their generator makes, relative to the repository. */
export async function staleFiles() {
  return (await outputs()).filter(isStale).map(({ file }) => path.relative(root, file))
}

async function main() {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles()
    if (stale.length) {
      console.error(`stale generated files (run npm run generate):\n${stale.map((file) => `  ${file}`).join('\n')}`)
      process.exit(1)
    }
    console.log('every generated file is current')
    return
  }
  const written = writeOutputs(await outputs())
  console.log(written.length ? `wrote ${written.join(', ')}` : 'every generated file is current')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
