import type { StorybookConfig } from '@storybook/react-vite'

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
}

export default config
