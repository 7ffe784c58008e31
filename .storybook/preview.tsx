import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { REAL_KEYSTONE_URL } from '../stories/support/keystoneStory.tsx'

const preview: Preview = {
  // Against a real server (KEYSTONE_URL) no service worker is started: requests go to it as they are.
  loaders: REAL_KEYSTONE_URL ? [] : [mswLoader()],
  parameters: { layout: 'padded' },
}

export default preview
