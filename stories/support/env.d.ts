/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** URL of a real Keystone API, from `KEYSTONE_URL` (.storybook/main.ts); empty for the mock. */
  readonly STORYBOOK_KEYSTONE_URL?: string
}
