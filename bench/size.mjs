// Bundle size of the public API as a dashboard pays for it: esbuild --minify, gzip -9, peers external.
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'axios']

/** Minified + gzip -9 size in bytes of a module that imports `names` from `entry`. */
export async function gzipSize(entry, names) {
  const contents = names === '*' ? `export * from '${entry}'` : `export { ${names.join(', ')} } from '${entry}'`
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: PEERS,
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length
}

/** The size budgets of issue 6, measured on the built package (run `npm run build` first). */
export const sizeBudgets = [
  { name: 'root entry, whole public API', entry: './dist/index.js', names: '*', limit: 8000 },
  {
    name: 'KeystoneProvider + useClusters + useCreateCluster + useDeleteCluster',
    entry: './dist/index.js',
    names: ['KeystoneProvider', 'useClusters', 'useCreateCluster', 'useDeleteCluster'],
    limit: 4000,
  },
  { name: 'keystone-api-react/client alone', entry: './dist/client.js', names: '*', limit: 3500 },
]

/** Measures every budget: `{ name, value, limit, unit, ok }` rows. */
export async function measureSizes() {
  const rows = []
  for (const budget of sizeBudgets) {
    const value = await gzipSize(budget.entry, budget.names).catch((error) => {
      console.error(`size: ${budget.name}: ${error.message}`)
      return Number.NaN
    })
    rows.push({ name: `size: ${budget.name}`, value, target: `<= ${budget.limit} B`, ok: value <= budget.limit })
  }
  return rows
}
