import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type BuildOptions } from 'esbuild'

/** The repository root, for entry points and aliases into src/. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Bundles `entry` (a path from the repository root) for a page in Chromium: one ES module, as a
 * dashboard's bundler would make it; `options` add aliases, defines or plugins.
 */
export async function bundleForBrowser(entry: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
    ...options,
  })
  return result.outputFiles![0]!.text
}
