// Bundle size of the public API as a dashboard pays for it: esbuild --minify, gzip -9, peers external.
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'axios']

/** Bundles a module that re-exports `names` (or `'*'`) from `entry`: minified code and esbuild's metafile. */
async function bundle(entry, names) {
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
    metafile: true,
  })
  return { code: result.outputFiles[0].contents, inputs: Object.values(result.metafile.outputs)[0].inputs }
}

/** Minified + gzip -9 size in bytes of a module that imports `names` from `entry`. */
export async function gzipSize(entry, names) {
  return gzipSync((await bundle(entry, names)).code, { level: 9 }).length
}

/**
 * The size budgets of issue 6, measured on the built package (run `npm run build` first).
 * `source` is the entry in src/ the ledger reads. `limit` is the target. `ceiling` is the figure CI holds while a target is unmet: the
 * size measured at the last review plus about 0.5 %, so growth fails CI (README, Benchmarks).
 */
export const sizeBudgets = [
  { name: 'root entry, whole public API', entry: './dist/index.js', source: './src/index.ts', names: '*', limit: 8000, ceiling: 17_430 },
  {
    name: 'KeystoneProvider + useClusters + useCreateCluster + useDeleteCluster',
    entry: './dist/index.js',
    source: './src/index.ts',
    names: ['KeystoneProvider', 'useClusters', 'useCreateCluster', 'useDeleteCluster'],
    limit: 4000,
    ceiling: 11_190,
  },
  { name: 'keystone-api-react/client alone', entry: './dist/client.js', source: './src/client/index.ts', names: '*', limit: 3500, ceiling: 9230 },
]

/** Measures every budget: `{ name, value, target, ok, ceiling, held }` rows. */
export async function measureSizes() {
  const rows = []
  for (const budget of sizeBudgets) {
    const value = await gzipSize(budget.entry, budget.names).catch((error) => {
      console.error(`size: ${budget.name}: ${error.message}`)
      return Number.NaN
    })
    rows.push({
      name: `size: ${budget.name}`,
      value,
      target: `<= ${budget.limit} B`,
      ok: value <= budget.limit,
      ceiling: budget.ceiling,
      held: value <= budget.ceiling,
    })
  }
  return rows
}

/**
 * Where the bytes go: each source module's share of a budget, measured on the sources (the
 * built chunks merge modules). `min` is its minified bytes; `gzip` its pro-rata share of the
 * bundle's gzip size, an estimate since gzip works across module boundaries.
 */
export async function measureLedger() {
  const ledgers = []
  for (const budget of sizeBudgets) {
    const { code, inputs } = await bundle(budget.source, budget.names)
    const gzip = gzipSync(code, { level: 9 }).length
    const modules = Object.entries(inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file, input]) => ({ file, min: input.bytesInOutput, gzip: Math.round((input.bytesInOutput / code.length) * gzip) }))
      .sort((a, b) => b.min - a.min)
    ledgers.push({ name: budget.name, gzip, min: code.length, modules })
  }
  return ledgers
}

/** Hooks a dashboard adds one at a time on top of `KeystoneProvider`, for the import-cost table. */
const EXTRA_IMPORTS = [
  'useClusters',
  'useCluster',
  'useCreateCluster',
  'useUpdateCluster',
  'useDeleteCluster',
  'useClustersByIds',
  'useInfiniteClusters',
  'useClusterAccessModeChoices',
  'useRequestStats',
  'useLogin',
  'useBatch',
  'useUploadAttachment',
  'useKeystoneClient',
]

/**
 * What each import costs: `KeystoneProvider` alone, then the gzip bytes each hook adds on top
 * of it (measured on the built package, like the budgets).
 */
export async function measureImportCosts() {
  const base = await gzipSize('./dist/index.js', ['KeystoneProvider'])
  const rows = [{ name: 'KeystoneProvider', bytes: base }]
  for (const name of EXTRA_IMPORTS) rows.push({ name: `+ ${name}`, bytes: (await gzipSize('./dist/index.js', ['KeystoneProvider', name])) - base })
  return rows
}
