// npm run bench [-- size|speed]: prints every figure next to its target; exits 1 when one is missed.
import { measureSizes } from './size.mjs'

const only = process.argv[2]
const rows = []
if (!only || only === 'size') rows.push(...(await measureSizes()))
if (!only || only === 'speed') {
  const { measureOverhead, measureFetchAll } = await import('./speed.mjs')
  rows.push(...(await measureOverhead()), ...(await measureFetchAll()))
}
if (!only || only === 'requests') {
  const requests = await import('./requests.mjs').catch(() => undefined)
  if (requests) rows.push(...(await requests.measureRequests()))
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
