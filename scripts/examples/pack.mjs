// Shared by the example scripts: build and pack the library as a user would install it, then
// install that tarball into an example (its own lock pins everything else).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Runs a command, printing it; exits the script when it fails. */
export function run(command, args, cwd = root, env = process.env) {
  console.log(`$ (${path.relative(root, cwd) || '.'}) ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`failed (${result.status ?? result.signal}): ${command} ${args.join(' ')}`)
    process.exit(1)
  }
}

/** Seconds since `start`, one decimal. */
export const since = (start) => ((performance.now() - start) / 1000).toFixed(1)

/** Builds the library and packs it; returns the tarball's path. */
export function packLibrary() {
  run('npm', ['run', 'build'])
  const out = mkdtempSync(path.join(tmpdir(), 'keystone-pack-'))
  run('npm', ['pack', '--silent', '--pack-destination', out])
  const [tarball] = readdirSync(out).filter((name) => name.endsWith('.tgz'))
  return path.join(out, tarball)
}

/** `npm ci` in the example, then the packed library on top without touching its lock. */
export function installExample(dir, tarball) {
  run('npm', ['ci', '--no-audit', '--no-fund'], dir)
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], dir)
}
