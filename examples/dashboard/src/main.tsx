import { createKeystoneQueryClient, KeystoneProvider } from 'keystone-api-react'
import { createMockKeystone } from 'keystone-api-react/testing'
import { setupWorker } from 'msw/browser'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import './styles.css'

// The API lives beside the dashboard, under /api/ (a relative URL resolves against the page).
// Here the mock Keystone answers there, in a service worker (public/mockServiceWorker.js comes
// from `npx msw init public`); drop the mock lines to use the real server.
const mock = createMockKeystone({ baseUrl: new URL('/api/', location.href).href })
// The worker must be running before the first render, or the session check would miss it.
await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true })

const queryClient = createKeystoneQueryClient({ defaultOptions: { queries: { staleTime: 10_000 } } })

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <KeystoneProvider url="/api/" queryClient={queryClient}>
      <App />
    </KeystoneProvider>
  </StrictMode>,
)
