#!/usr/bin/env node
// Type-checks every ```ts and ```tsx block of README.md against the package's sources, so the
// examples users copy cannot drift from the API. Local imports the examples name (`./App`,
// `./Requests`, `./Clusters`) are stubbed as components.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'node_modules/.cache/readme-snippets')
fs.rmSync(dir, { recursive: true, force: true })
fs.mkdirSync(dir, { recursive: true })

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/^```(tsx?)\n([\s\S]*?)^```/gm)]
const files = blocks.map(([, lang, code], index) => {
  const file = `snippet-${index + 1}.${lang}`
  // `export {}` makes each block a module of its own (top-level await, no clashing names).
  fs.writeFileSync(path.join(dir, file), `export {}\n${code}`)
  return file
})
for (const [name, file] of [['App', 'App.tsx'], ['Requests', 'Requests.tsx'], ['Clusters', 'Clusters.tsx']]) {
  fs.writeFileSync(path.join(dir, file), `export function ${name}(): null {\n  return null\n}\n`)
}
fs.writeFileSync(
  path.join(dir, 'tsconfig.json'),
  JSON.stringify({ extends: path.join(root, 'tsconfig.json'), compilerOptions: { noUnusedLocals: false }, include: ['*.ts', '*.tsx'] }, null, 2),
)
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], { stdio: 'inherit' })
if (tsc.status !== 0) {
  console.error(`README.md: a code block does not compile (blocks are in ${path.relative(root, dir)}, numbered in order)`)
  process.exit(1)
}
console.log(`README.md: ${files.length} TypeScript blocks compile`)
