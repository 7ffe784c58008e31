// Bundle size of the public API as a dashboard pays for it: esbuild --minify, gzip -9, peers
// external, `process.env.NODE_ENV` set to "production" as an app's production build sets it (the
// development figure, with the diagnostics texts, is printed beside it).
import { gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'axios']

/** Bundles a module that re-exports `names` (or `'*'`) from `entry`: minified code and esbuild's metafile. */
async function bundle(entry, names, mode = 'production') {
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
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  })
  return { code: result.outputFiles[0].contents, inputs: Object.values(result.metafile.outputs)[0].inputs }
}

/** Minified + gzip -9 size in bytes of a module that imports `names` from `entry`, in a `mode` build. */
export async function gzipSize(entry, names, mode = 'production') {
  return gzipSync((await bundle(entry, names, mode)).code, { level: 9 }).length
}

/**
 * The size budgets, measured on the built package (run `npm run build` first) in a production
 * build. `source` is the entry in src/ the ledger reads. `limit` is the budget. `ceiling` is the
 * figure CI holds while a budget is unmet: the production size measured at the last review plus
 * about 0.5 %, so growth fails CI (CONTRIBUTING, Benchmarks).
 */
export const sizeBudgets = [
  { name: 'root entry, whole public API', entry: './dist/index.js', source: './src/index.ts', names: '*', limit: 9500, ceiling: 17_095 },
  {
    name: 'KeystoneProvider + useClusters + useCreateCluster + useDeleteCluster',
    entry: './dist/index.js',
    source: './src/index.ts',
    names: ['KeystoneProvider', 'useClusters', 'useCreateCluster', 'useDeleteCluster'],
    limit: 5000,
    ceiling: 10_920,
  },
  { name: 'keystone-api-react/client alone', entry: './dist/client.js', source: './src/client/index.ts', names: '*', limit: 4500, ceiling: 8840 },
]

/**
 * Measures every budget: `{ name, value, development, target, ok, ceiling, held }` rows, `value`
 * the production figure the budget and the ceiling judge, `development` the same bundle with
 * the diagnostics texts.
 */
export async function measureSizes() {
  const rows = []
  for (const budget of sizeBudgets) {
    const measure = (mode) =>
      gzipSize(budget.entry, budget.names, mode).catch((error) => {
        console.error(`size: ${budget.name}: ${error.message}`)
        return Number.NaN
      })
    const value = await measure('production')
    rows.push({
      name: `size: ${budget.name}`,
      value,
      development: await measure('development'),
      target: `<= ${budget.limit.toLocaleString('en-US')} B`,
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
 * of it (measured on the built package, like the budgets), in production and development builds.
 */
export async function measureImportCosts() {
  const cost = async (mode) => {
    const base = await gzipSize('./dist/index.js', ['KeystoneProvider'], mode)
    const bytes = [base]
    for (const name of EXTRA_IMPORTS) bytes.push((await gzipSize('./dist/index.js', ['KeystoneProvider', name], mode)) - base)
    return bytes
  }
  const [production, development] = [await cost('production'), await cost('development')]
  return ['KeystoneProvider', ...EXTRA_IMPORTS.map((name) => `+ ${name}`)].map((name, index) => ({ name, bytes: production[index], development: development[index] }))
}
