import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { sourceAliases } from './entries.config.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

// Tests import the package by name, so they see only its public API (STYLE.md §7).
const alias = sourceAliases()

/** A Node project over one test folder (DOM tests opt in with `// @vitest-environment happy-dom`). */
function nodeProject(
  name: string,
  include: string[],
  exclude: string[] = [],
  typecheck?: NonNullable<TestProjectInlineConfiguration['test']>['typecheck'],
): TestProjectInlineConfiguration {
  return { resolve: { alias }, test: { name, include, exclude, environment: 'node', typecheck } }
}

// The security cases of the reliability suite, run against the lowest axios the peer range
// accepts (`axios-lowest` is an aliased devDependency); the `reliability` project runs the newest.
const SECURITY_FILES = ['browser.test.ts', 'csrf.test.ts', 'secrets.test.ts', 'security.test.ts']

/** The security cases on the lowest axios of the peer range (`npm run test:reliability:axios-lowest`). */
function lowestAxiosProject(): TestProjectInlineConfiguration {
  return {
    resolve: { alias: [{ find: /^axios$/, replacement: 'axios-lowest' }, ...alias] },
    test: {
      name: 'reliability-axios-lowest',
      include: SECURITY_FILES.map((file) => `test/reliability/${file}`),
      environment: 'node',
      env: { KEYSTONE_AXIOS_PACKAGE: 'axios-lowest', RELIABILITY_FILES: SECURITY_FILES.join(',') },
    },
  }
}

/**
 * The unit suite again on React 18.3 (the aliased `react-18` and `react-dom-18` devDependencies):
 * Vite's aliases swap React in the modules it transforms (tests, sources, TanStack Query, which is
 * inlined for that), and the setup file swaps it for the CommonJS that Node loads itself.
 */
function react18Project(include: string[], exclude: string[]): TestProjectInlineConfiguration {
  const react18 = [
    { find: /^react-dom(\/.*)?$/, replacement: path.join(root, 'node_modules/react-dom-18$1') },
    { find: /^react(\/.*)?$/, replacement: path.join(root, 'node_modules/react-18$1') },
  ]
  return {
    resolve: { alias: [...alias, ...react18] },
    test: {
      name: 'unit-react18',
      include,
      exclude,
      environment: 'node',
      setupFiles: ['test/support/react18.setup.ts'],
      server: { deps: { inline: [/@tanstack\/react-query/] } },
    },
  }
}

/** The stories as tests in headless Chromium (Debian's /usr/bin/chromium; nothing is downloaded). */
async function storybookProject(): Promise<TestProjectInlineConfiguration> {
  const { playwright } = await import('@vitest/browser-playwright')
  const { storybookTest } = await import('@storybook/addon-vitest/vitest-plugin')
  return {
    plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
    publicDir: path.join(root, 'public'),
    resolve: { alias },
    optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'] },
    test: {
      name: 'storybook',
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
          },
        }),
        instances: [{ browser: 'chromium' }],
        // Against a real server (KEYSTONE_URL) the page's origin, http://localhost:<port>, must be one it trusts (CORS): no other port.
        api: { port: Number(process.env.STORYBOOK_TEST_PORT ?? 63315), strictPort: Boolean(process.env.KEYSTONE_URL) },
      },
    },
  }
}

const wantsStorybook = process.argv.some((arg) => arg === 'storybook' || arg === '--project=storybook')

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      nodeProject('unit', ['test/**/*.test.{ts,tsx}'], ['test/contract/**', 'test/reliability/**', 'test/live/**'], {
        enabled: true,
        include: ['test/types/**/*.test-d.{ts,tsx}'],
        tsconfig: './tsconfig.json',
      }),
      react18Project(['test/**/*.test.{ts,tsx}'], ['test/contract/**', 'test/reliability/**', 'test/live/**']),
      nodeProject('contract', ['test/contract/**/*.test.{ts,tsx}']),
      nodeProject('reliability', ['test/reliability/**/*.test.{ts,tsx}']),
      lowestAxiosProject(),
      // Against a running Keystone (KEYSTONE_URL...): fails at once without one, never in `npm test`.
      // One file at a time: the files share the server, and records one makes must not show in another's list comparisons.
      { ...nodeProject('live', ['test/live/**/*.test.{ts,tsx}']), test: { ...nodeProject('live', ['test/live/**/*.test.{ts,tsx}']).test, globalSetup: ['test/live/support/requireServer.ts'], testTimeout: 1_200_000, hookTimeout: 300_000, fileParallelism: false } },
      nodeProject('bench', ['bench/**/*.measure.{ts,tsx}']),
      // Loaded only when asked for, so `npm test` needs no browser.
      ...(wantsStorybook ? [await storybookProject()] : []),
    ],
  },
})
