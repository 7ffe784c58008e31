import { defineConfig } from 'tsdown'
import { entries } from './entries.config.ts'

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.lib.json',
  dts: true,
  // No maps: they would point at sources the package does not ship (and double its size).
  sourcemap: false,
  clean: true,
  deps: { neverBundle: [/^react(\/|$)/, /^react-dom(\/|$)/, /^@tanstack\//, /^axios(\/|$)/, /^msw(\/|$)/, /^@testing-library\//] },
})
