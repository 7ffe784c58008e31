import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

// Tests import the package by name, so they see only its public API (STYLE.md §7).
const alias = {
  'keystone-api-react/client': path.join(root, 'src/client/index.ts'),
  'keystone-api-react/testing': path.join(root, 'src/testing/index.ts'),
  'keystone-api-react': path.join(root, 'src/index.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/contract/**', 'test/reliability/**'],
          environment: 'node',
          typecheck: { enabled: true, include: ['test/types/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
})
