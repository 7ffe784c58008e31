/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** URL of a real Keystone API, from `KEYSTONE_URL` (.storybook/main.ts); empty for the mock. */
  readonly STORYBOOK_KEYSTONE_URL?: string
  /** `{"username","password"}` of the real server's staff account (KEYSTONE_USERNAME/PASSWORD), for a run against it. */
  readonly STORYBOOK_KEYSTONE_STAFF?: string
  /** Version the real server reports (KEYSTONE_VERSION), when it is not the pinned 0.10.9. */
  readonly STORYBOOK_KEYSTONE_VERSION?: string
}
