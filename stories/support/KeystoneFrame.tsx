import { createKeystoneQueryClient, KeystoneProvider } from 'keystone-api-react'
import type { MockKeystone } from 'keystone-api-react/testing'
import { createContext, type ReactNode, useContext, useState } from 'react'
import { AuthGate } from './AuthGate.tsx'

const MockContext = createContext<MockKeystone | undefined>(undefined)

/** The story's mock Keystone, or undefined against a real server. */
export function useMock(): MockKeystone | undefined {
  return useContext(MockContext)
}

interface KeystoneFrameProps {
  /** Base URL of the mock or of the real server. */
  url: string
  mock: MockKeystone | undefined
  children: ReactNode
}

/** A dashboard shell: provider with a fresh query cache, login form while anonymous, expiry notice. */
export function KeystoneFrame({ url, mock, children }: KeystoneFrameProps): ReactNode {
  const [queryClient] = useState(() => createKeystoneQueryClient())
  const [expired, setExpired] = useState(false)
  return (
    <MockContext.Provider value={mock}>
      <KeystoneProvider url={url} queryClient={queryClient} onSessionExpired={() => setExpired(true)}>
        <div className="ks-shell">
          <AuthGate expired={expired} onLogin={() => setExpired(false)}>
            {children}
          </AuthGate>
        </div>
      </KeystoneProvider>
    </MockContext.Provider>
  )
}
