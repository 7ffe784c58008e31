import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const load = async (): Promise<{ staleFiles: () => Promise<string[]> }> =>
  (await import(path.join(root, 'scripts/generate.mjs'))) as { staleFiles: () => Promise<string[]> }

// A copy of what the generators read and write, so the stale case can edit files freely.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-'))
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }))

const run = (...args: string[]): { status: number | null; output: string } => {
  const result = spawnSync(process.execPath, [path.join(copy, 'scripts/generate.mjs'), ...args], { encoding: 'utf8' })
  return { status: result.status, output: result.stdout + result.stderr }
}

describe('npm run generate', () => {
  it('finds every committed generated file current', async () => {
    expect(await (await load()).staleFiles()).toEqual([])
    // Parsing the 380 kB spec twice (types and tables) takes seconds on a busy machine.
  }, 60_000)

  it('with --check, exits 1 naming a stale file, and rewrites it without --check', () => {
    for (const dir of ['scripts', 'src', 'spec']) fs.cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true })
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
    const hooks = path.join(copy, 'src/hooks/resourceHooks.gen.ts')
    const committed = fs.readFileSync(hooks, 'utf8')
    fs.writeFileSync(hooks, committed.replace(/^export const useClusters: .*$/m, ''))

    const stale = run('--check')
    expect(stale.status).toBe(1)
    expect(stale.output).toContain('src/hooks/resourceHooks.gen.ts')
    expect(fs.readFileSync(hooks, 'utf8')).not.toBe(committed)

    expect(run().output).toContain('wrote src/hooks/resourceHooks.gen.ts')
    expect(fs.readFileSync(hooks, 'utf8')).toBe(committed)
    expect(run('--check')).toEqual({ status: 0, output: 'every generated file is current\n' })
  }, 120_000)
})
