import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Figures of one fault: how often it was tried, how often the library failed, and what leaked. */
export interface TallyRow {
  fault: string
  runs: number
  failures: number
  /** Records of another user rendered or left in the cache. */
  leaked: number
  /** Records created more than once by one user action. */
  duplicates: number
  /** Requests to another origin that carried a cookie, CSRF token or `Authorization`. */
  crossOrigin: number
  /** Passwords, tokens, session ids or CSRF values found in log records or error messages. */
  secrets: number
  /** Rendered frames that showed a record older than a server answer already received. */
  staleFrames: number
  /** Writes the server confirmed whose effect is missing from the server or a cache view at the end. */
  lostWrites: number
}

/** Counts a run may report. */
export type Findings = Partial<Pick<TallyRow, (typeof FINDINGS)[number]>>

const FINDINGS = ['leaked', 'duplicates', 'crossOrigin', 'secrets', 'staleFrames', 'lostWrites'] as const

const rows = new Map<string, TallyRow>()

function emptyRow(fault: string): TallyRow {
  return { fault, runs: 0, failures: 0, leaked: 0, duplicates: 0, crossOrigin: 0, secrets: 0, staleFrames: 0, lostWrites: 0 }
}

function rowOf(fault: string): TallyRow {
  let row = rows.get(fault)
  if (!row) rows.set(fault, (row = emptyRow(fault)))
  return row
}

/** Adds runs, failures and findings to a fault's row. */
export function record(fault: string, runs: number, failures: number, findings: Findings = {}): void {
  const row = rowOf(fault)
  row.runs += runs
  row.failures += failures
  for (const key of FINDINGS) row[key] += findings[key] ?? 0
}

/**
 * Runs one scenario of `fault` and tallies it: a run, a failure when it throws (then rethrown),
 * and the findings it returns.
 */
export async function scenario(fault: string, run: () => Promise<unknown>): Promise<void> {
  let findings: Findings | undefined
  try {
    findings = (await run()) as Findings | undefined
  } catch (error) {
    record(fault, 1, 1)
    throw error
  }
  record(fault, 1, 0, findings ?? {})
}

const NUMBERS = ['runs', 'failures', ...FINDINGS] as const
const COLUMNS = ['fault', ...NUMBERS] as const

/** The table as text, one line per fault plus a total line. */
export function formatTable(all: readonly TallyRow[]): string {
  const total = all.reduce<TallyRow>(
    (sum, row) => {
      for (const key of NUMBERS) sum[key] += row[key]
      return sum
    },
    emptyRow('TOTAL'),
  )
  const lines = [...all, total].map((row) => COLUMNS.map((key) => String(row[key])))
  const widths = COLUMNS.map((key, index) => Math.max(key.length, ...lines.map((line) => line[index]!.length)))
  const format = (cells: readonly string[]): string =>
    `| ${cells.map((cell, index) => (index ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join(' | ')} |`
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`
  return [format(COLUMNS), rule, ...lines.slice(0, -1).map(format), rule, format(lines.at(-1)!)].join('\n')
}

const here = path.dirname(fileURLToPath(import.meta.url))
// Every test file runs in its own fork of one Vitest process: the parent's pid names the run.
const runId = typeof process.send === 'function' ? process.ppid : process.pid
const runDir = path.join(tmpdir(), `keystone-reliability-${runId}`)

/** The test files of the run (each reports its rows once): the project's list, else the whole folder. */
function suiteFiles(): string[] {
  return process.env.RELIABILITY_FILES?.split(',') ?? readdirSync(path.dirname(here)).filter((name) => /\.test\.tsx?$/.test(name))
}

/**
 * Saves this file's rows; the last file of the run to finish prints the whole table (run the
 * suite with `npm run test:reliability`). Call from `afterAll`.
 */
export function reportTally(testFile: string): void {
  mkdirSync(runDir, { recursive: true })
  writeFileSync(path.join(runDir, `${path.basename(testFile)}.json`), JSON.stringify([...rows.values()]))
  const done = readdirSync(runDir).filter((name) => name.endsWith('.json'))
  if (!suiteFiles().every((file) => done.includes(`${file}.json`))) return
  try {
    // Only one file prints, even when two finish at once.
    mkdirSync(path.join(runDir, 'printed'))
  } catch {
    return
  }
  const all = done
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(path.join(runDir, name), 'utf8')) as TallyRow[])
    // A row saved without a newer column counts 0 there.
    .map((row) => ({ ...emptyRow(row.fault), ...row }))
  const axios = process.env.KEYSTONE_AXIOS_PACKAGE ? `, on ${process.env.KEYSTONE_AXIOS_PACKAGE}` : ''
  console.log(`\nReliability figures${axios} (every leaked/duplicates/crossOrigin/secrets/staleFrames/lostWrites count must be 0)\n${formatTable(all)}\n`)
  rmSync(runDir, { recursive: true, force: true })
}
