// A dashboard page for the cross-tab test, bundled with esbuild and opened in two Chromium tabs.
import { KeystoneProvider, useGrants, useLogin, useLogout, useSession } from 'keystone-api-react'
import { type ReactNode, StrictMode, useEffect } from 'react'
import { createRoot } from 'react-dom/client'

function Grants(): ReactNode {
  const { data } = useGrants({ order: 'id' })
  return <p id="grants">{data ? `grants: ${data.count}` : 'grants: none'}</p>
}

function Tab(): ReactNode {
  const session = useSession()
  const login = useLogin()
  const logout = useLogout()
  const shown = `user: ${session.user?.username ?? (session.status === 'loading' ? 'loading' : 'nobody')}`
  useEffect(() => {
    // When each tab showed each user, for the test to print how far apart the tabs were.
    const seen = ((window as unknown as { seen?: Record<string, number> }).seen ??= {})
    seen[shown] = Date.now()
  }, [shown])
  if (session.status === 'loading') return <p id="user">loading</p>
  return (
    <main>
      <p id="user">{`user: ${session.user?.username ?? 'nobody'}`}</p>
      <button id="login" onClick={() => login.mutate({ username: 'alice', password: 'alice-password' })}>log in</button>
      <button id="logout" onClick={() => logout.mutate()}>log out</button>
      {session.user && <Grants />}
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KeystoneProvider url="/api/">
      <Tab />
    </KeystoneProvider>
  </StrictMode>,
)
