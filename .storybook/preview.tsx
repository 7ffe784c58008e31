import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { configure } from 'storybook/test'
import { REAL_KEYSTONE_URL } from '../stories/support/keystoneStory.tsx'
import '../stories/support/dashboard.css'

// A real server over a real network answers slower than the in-page mock: queries wait up to 5 s for it.
if (REAL_KEYSTONE_URL) configure({ asyncUtilTimeout: 5000 })

const preview: Preview = {
  // Against a real server (KEYSTONE_URL) no service worker is started: requests go to it as they are.
  loaders: REAL_KEYSTONE_URL ? [] : [mswLoader()],
  // The stories draw their own dashboard shell (stories/support/dashboard.css).
  parameters: { layout: 'fullscreen' },
}

export default preview
