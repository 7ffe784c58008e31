import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { REAL_KEYSTONE_URL } from '../stories/support/keystoneStory.tsx'
import '../stories/support/dashboard.css'

const preview: Preview = {
  // Against a real server (KEYSTONE_URL) no service worker is started: requests go to it as they are.
  loaders: REAL_KEYSTONE_URL ? [] : [mswLoader()],
  // The stories draw their own dashboard shell (stories/support/dashboard.css).
  parameters: { layout: 'fullscreen' },
}

export default preview
