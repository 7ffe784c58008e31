import { createKeystoneQueryClient, KeystoneProvider } from 'keystone-api-react'
import { createContext, type ReactNode, useContext, useState } from 'react'
import { AuthGate } from './AuthGate.tsx'
import { type LiveFault, liveClient, type LiveTraffic, type Traffic } from './liveTraffic.ts'
import type { FaultTarget } from 'keystone-api-react/testing'

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

function describeFault([target, fault]: [FaultTarget, LiveFault]): string {
  const path = typeof target.path === 'string' ? target.path : String(target.path)
  const answer =
    'withoutName' in fault ? `the list without ${fault.withoutName}`
    : 'status' in fault ? String(fault.status)
    : 'network' in fault ? 'a network error'
    : 'late' in fault ? `the server's answer, ${fault.late} ms late`
    : `the server's answer, ${fault.delay} ms later`
  return `${target.method ?? 'any method'} ${path} → ${answer}`
}

/**
 * On a real server, says which answers of the story are arranged by its own client in front of
 * the server (a real server cannot be made to fail on cue), so nobody takes them for the server's.
 */
function LiveFaultNote({ live }: { live: LiveTraffic }): ReactNode {
  const [faults] = useState(() => live.faults.map(describeFault))
  if (!faults.length) return null
  return (
    <p role="note" className="ks-note">
      Real server: these answers are arranged by the story's own client in front of it, not given by the server: {faults.join('; ')}.
    </p>
  )
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
          {live && <LiveFaultNote live={live} />}
          <AuthGate expired={expired} onLogin={() => setExpired(false)}>
            {children}
          </AuthGate>
        </div>
      </KeystoneProvider>
    </TrafficContext.Provider>
  )
}
