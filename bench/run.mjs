// npm run bench [-- size|speed|requests] [--ceilings] [--ledger]: prints every figure next to its
// target and exits 1 when one is missed. With --ceilings (CI), a size figure fails only above its
// ceiling, the last reviewed size, while the target for it is unmet (bench/size.mjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureImportCosts, measureLedger, measureSizes } from './size.mjs'

const args = process.argv.slice(2)
const only = args.find((arg) => !arg.startsWith('--'))
const gateOnCeilings = args.includes('--ceilings')
const rows = []
if (!only || only === 'size') rows.push(...(await measureSizes()))
if (!only || only === 'speed') {
  const { measureOverhead, measureFetchAll } = await import('./speed.mjs')
  rows.push(...(await measureOverhead()), ...(await measureFetchAll()))
  // With a real server named (README, Running against a real Keystone), its figures are printed beside these.
  const { KEYSTONE_URL: url, KEYSTONE_USERNAME: username, KEYSTONE_PASSWORD: password } = process.env
  if (url && username && password) {
    const { measureLive } = await import('./speed.mjs')
    rows.push(...(await measureLive({ url, username, password })))
  }
}
if (!only || only === 'requests') {
  // Request counts and renders need React and the mock: measured by the vitest project `bench`.
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '.out/react.json')
  fs.rmSync(out, { force: true })
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'bench', '--reporter=dot'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (fs.existsSync(out)) rows.push(...JSON.parse(fs.readFileSync(out, 'utf8')))
  if (run.status !== 0) rows.push({ name: 'requests/renders bench run', value: `exit ${run.status}`, target: 'exit 0', ok: false })
}

const show = (value) => (typeof value === 'number' && value >= 1000 ? value.toLocaleString('en-US') : String(value))
const width = Math.max(...rows.map((row) => row.name.length))
// Size rows judge the production build; the development figure (diagnostics texts kept) is printed beside it.
console.log(`| ${'figure'.padEnd(width)} | value | development | target | ok | ceiling (CI) |`)
console.log(`| ${'-'.repeat(width)} | ----- | ----------- | ------ | -- | ------------ |`)
for (const row of rows) {
  const ceiling = row.ceiling === undefined ? '' : `<= ${show(row.ceiling)} B ${row.held ? 'held' : 'EXCEEDED'}`
  const development = row.development === undefined ? '' : show(row.development)
  console.log(`| ${row.name.padEnd(width)} | ${show(row.value)} | ${development} | ${row.target} | ${row.ok ? 'yes' : 'NO'} | ${ceiling} |`)
}

if (args.includes('--ledger') || (rows.some((row) => row.ceiling !== undefined && !row.ok))) {
  // A missed size target comes with its cause: what each import adds, and which modules the bytes come from.
  console.log('\nimport cost (gzip bytes, built package: production / development)')
  for (const row of await measureImportCosts()) console.log(`  ${String(row.bytes).padStart(6)} / ${String(row.development).padEnd(6)}  ${row.name}`)
  for (const ledger of await measureLedger()) {
    console.log(`\nwhere the bytes go: ${ledger.name} (${show(ledger.gzip)} B gzip, ${show(ledger.min)} B minified; from src/)`)
    for (const module of ledger.modules) console.log(`  ${String(module.min).padStart(6)} min  ~${String(module.gzip).padStart(5)} gz  ${module.file}`)
  }
}

const missed = rows.filter((row) => !row.ok)
const failing = gateOnCeilings ? rows.filter((row) => (row.ceiling === undefined ? !row.ok : !row.held)) : missed
if (missed.length) console.error(`\n${missed.length} target(s) missed: ${missed.map((row) => row.name).join('; ')}`)
if (gateOnCeilings && missed.length && !failing.length) console.error('every size ceiling held (CI gate)')
if (failing.length) process.exitCode = 1
