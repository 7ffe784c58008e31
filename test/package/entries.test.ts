import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { entries, sourceAliases } from '../../entries.config.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>

/** Bare module names a source file and everything it imports at run time reach (type-only imports are erased). */
function runtimeDependencies(entry: string): Set<string> {
  const seen = new Set<string>()
  const bare = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const [, typeOnly, specifier] of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (typeOnly) continue
      if (specifier!.startsWith('.')) visit(path.resolve(path.dirname(file), specifier!))
      else bare.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!)
    }
  }
  visit(path.join(root, entry))
  return bare
}

describe('the package entry points', () => {
  it('are exactly the entries tsdown builds, and the tests, stories and tsc resolve them to the same sources', () => {
    const aliases = sourceAliases()
    expect(aliases.map((alias) => alias.replacement).sort()).toEqual(Object.values(entries).map((file) => path.join(root, file)).sort())
    const paths = (readJson('tsconfig.json').compilerOptions as { paths: Record<string, string[]> }).paths
    const fromAliases = Object.fromEntries(aliases.map(({ find, replacement }) => [find.source.slice(1, -1).replaceAll('\\/', '/'), [`./${path.relative(root, replacement)}`]]))
    expect(paths).toEqual(fromAliases)
  })

  it('keeps keystone-api-react/testing free of React: at run time it reaches only msw and axios', () => {
    const mock = runtimeDependencies(entries.testing)
    expect(mock).toContain('msw')
    expect([...mock].filter((name) => name !== 'msw' && name !== 'axios')).toEqual([])
    expect([...runtimeDependencies(entries.client)]).toEqual(['axios'])
  })

  it('declares every bare import of every entry as a peer dependency', () => {
    const peers = Object.keys(readJson('package.json').peerDependencies as Record<string, string>)
    for (const entry of Object.values(entries)) {
      for (const name of runtimeDependencies(entry)) expect(peers, `${entry} imports ${name}`).toContain(name)
    }
    expect([...runtimeDependencies(entries['testing/react'])].sort()).toEqual(['@tanstack/react-query', '@testing-library/react', 'axios', 'msw', 'react'])
  })
})
