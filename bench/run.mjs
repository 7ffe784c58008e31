// npm run bench [-- size|speed]: prints every figure next to its target; exits 1 when one is missed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureSizes } from './size.mjs'

const only = process.argv[2]
const rows = []
if (!only || only === 'size') rows.push(...(await measureSizes()))
if (!only || only === 'speed') {
  const { measureOverhead, measureFetchAll } = await import('./speed.mjs')
  rows.push(...(await measureOverhead()), ...(await measureFetchAll()))
}
if (!only || only === 'requests') {
  // Request counts and renders need React and the mock: measured by the vitest project `bench`.
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '.out/react.json')
  fs.rmSync(out, { force: true })
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'bench', '--reporter=dot'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (fs.existsSync(out)) rows.push(...JSON.parse(fs.readFileSync(out, 'utf8')))
  if (run.status !== 0) rows.push({ name: 'requests/renders bench run', value: `exit ${run.status}`, target: 'exit 0', ok: false })
}

const width = Math.max(...rows.map((row) => row.name.length))
console.log(`| ${'figure'.padEnd(width)} | value | target | ok |`)
console.log(`| ${'-'.repeat(width)} | ----- | ------ | -- |`)
for (const row of rows) console.log(`| ${row.name.padEnd(width)} | ${row.value} | ${row.target} | ${row.ok ? 'yes' : 'NO'} |`)
const missed = rows.filter((row) => !row.ok)
if (missed.length) {
  console.error(`\n${missed.length} target(s) missed`)
  process.exitCode = 1
}
