import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  // Against a real server (KEYSTONE_URL) no service worker is registered at all.
  addons: [...(process.env.KEYSTONE_URL ? [] : ['msw-storybook-addon']), '@storybook/addon-vitest'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The demo talks to the mock Keystone unless KEYSTONE_URL names a real server (scripts/start.mjs).
  env: (config) => ({ ...config, STORYBOOK_KEYSTONE_URL: process.env.KEYSTONE_URL ?? '' }),
}

export default config
