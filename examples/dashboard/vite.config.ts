import { defineConfig } from 'vite'

// No React plugin needed for a build: Vite's own transform compiles TSX with the automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { target: 'es2022' },
})
