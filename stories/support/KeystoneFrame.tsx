import { createKeystoneQueryClient, KeystoneProvider } from 'keystone-api-react'
import { createContext, type ReactNode, useContext, useState } from 'react'
import { AuthGate } from './AuthGate.tsx'
import { liveClient, type LiveTraffic, type Traffic } from './liveTraffic.ts'

const TrafficContext = createContext<Traffic | undefined>(undefined)

/** Where the story's requests are seen: its mock, or its client on a real server. */
export function useTraffic(): Traffic | undefined {
  return useContext(TrafficContext)
}

interface KeystoneFrameProps {
  /** Base URL of the mock or of the real server. */
  url: string
  /** The story's mock, or, on a real server, what its client sees. */
  traffic: Traffic | undefined
  /** Set on a real server: the provider then uses a client that logs and injects faults. */
  live?: LiveTraffic
  children: ReactNode
}

/** A dashboard shell: provider with a fresh query cache, login form while anonymous, expiry notice. */
export function KeystoneFrame({ url, traffic, live, children }: KeystoneFrameProps): ReactNode {
  const [queryClient] = useState(() => createKeystoneQueryClient())
  const [client] = useState(() => (live ? liveClient(url, live) : undefined))
  const [expired, setExpired] = useState(false)
  const connection = client ? { client } : { url }
  return (
    <TrafficContext.Provider value={traffic}>
      <KeystoneProvider {...connection} queryClient={queryClient} onSessionExpired={() => setExpired(true)}>
        <div className="ks-shell">
          <AuthGate expired={expired} onLogin={() => setExpired(false)}>
            {children}
          </AuthGate>
        </div>
      </KeystoneProvider>
    </TrafficContext.Provider>
  )
}
