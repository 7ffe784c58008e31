import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: { index: 'src/index.ts', client: 'src/client/index.ts', server: 'src/server.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.lib.json',
  dts: true,
  sourcemap: true,
  clean: true,
  deps: { neverBundle: [/^react(\/|$)/, /^react-dom(\/|$)/, /^@tanstack\//, /^axios(\/|$)/, /^msw(\/|$)/, /^@testing-library\//] },
})
