import type { StorybookConfig } from '@storybook/react-vite'
import { sourceAliases } from '../entries.config.ts'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  // Against a real server (KEYSTONE_URL) no service worker is registered at all.
  addons: [...(process.env.KEYSTONE_URL ? [] : ['msw-storybook-addon']), '@storybook/addon-vitest'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The demo talks to the mock Keystone unless KEYSTONE_URL names a real server (scripts/start.mjs).
  // Against a real server the stories log in its staff account (KEYSTONE_USERNAME/PASSWORD) where they use the mock's admin.
  env: (config) => ({
    ...config,
    STORYBOOK_KEYSTONE_URL: process.env.KEYSTONE_URL ?? '',
    STORYBOOK_KEYSTONE_VERSION: process.env.KEYSTONE_VERSION ?? '',
    STORYBOOK_KEYSTONE_STAFF:
      process.env.KEYSTONE_URL && process.env.KEYSTONE_USERNAME && process.env.KEYSTONE_PASSWORD
        ? JSON.stringify({ username: process.env.KEYSTONE_USERNAME, password: process.env.KEYSTONE_PASSWORD })
        : '',
  }),
  // The stories import the package by name; resolve it to src/ (as the tests do), so a fresh clone
  // runs the demo with nothing built and edits hot-reload.
  viteFinal: (config) => {
    const existing = config.resolve?.alias
    const kept = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))
    return { ...config, resolve: { ...config.resolve, alias: [...sourceAliases(), ...kept] } }
  },
}

export default config
