import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * The package's entry points: each built file of dist/ (without extension) and the source it is
 * built from. tsdown builds these; package.json "exports" names the built files.
 */
export const entries = {
  index: 'src/index.ts',
  client: 'src/client/index.ts',
  server: 'src/server.ts',
  testing: 'src/testing/index.ts',
  'testing/react': 'src/testing/react/index.ts',
} as const satisfies Record<string, string>

/** One resolver alias: an exact package specifier and the source file it stands for. */
export interface SourceAlias {
  find: RegExp
  replacement: string
}

interface ExportTarget {
  import?: { default?: string }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Maps each subpath of package.json "exports" (`keystone-api-react/client`, ...) to its source
 * file, so tests, stories and `npm start` run from src/ (edits hot-reload, nothing to build) and
 * see only the public API. Exact matches, so `/testing` never swallows `/testing/react`.
 */
export function sourceAliases(): SourceAlias[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, ExportTarget | string> }
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const built = typeof target === 'string' ? undefined : target.import?.default
    const name = built && /^\.\/dist\/(.+)\.js$/.exec(built)?.[1]
    if (!name) return []
    if (!(name in entries)) throw new Error(`package.json exports ${built}, which no entry of entries.config.ts builds`)
    const specifier = `${pkg.name}${subpath.slice(1)}`
    return [{ find: new RegExp(`^${escape(specifier)}$`), replacement: path.join(root, entries[name as keyof typeof entries]) }]
  })
}
