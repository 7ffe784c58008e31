import { getFieldErrors, useLogin, useLogout, useSession } from 'keystone-api-react'
import { type FormEvent, type ReactNode, useState } from 'react'
import { describeError, ErrorMessage, Loading } from './Status.tsx'

/** Username and password form; wrong credentials show the server's message. */
export function LoginForm({ onLogin }: { onLogin?: () => void }): ReactNode {
  const login = useLogin()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    login.mutate({ username, password }, { onSuccess: onLogin })
  }
  const fieldErrors = Object.values(getFieldErrors(login.error))
  return (
    <form onSubmit={submit} aria-label="Sign in" className="ks-card ks-login">
      <label>
        Username <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" />
      </label>
      <label>
        Password <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" />
      </label>
      <button type="submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      {login.error && <p role="alert" className="ks-alert">{fieldErrors.length ? fieldErrors.join(' ') : describeError(login.error)}</p>}
    </form>
  )
}

/** The dashboard's top bar; signed in, it names the user and offers to sign out. */
function TopBar({ children }: { children?: ReactNode }): ReactNode {
  return (
    <header className="ks-topbar">
      <span className="ks-brand" aria-hidden="true">
        Keystone
      </span>
      {children}
    </header>
  )
}

/** Who is signed in, and a button to sign out. */
function UserBar(): ReactNode {
  const { user } = useSession()
  const logout = useLogout()
  return (
    <TopBar>
      <span>
        Signed in as {user?.first_name} {user?.last_name}
      </span>
      <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Sign out
      </button>
      {logout.error && <ErrorMessage error={logout.error} />}
    </TopBar>
  )
}

interface AuthGateProps {
  /** The last session ended with a 401 (the provider's `onSessionExpired`). */
  expired: boolean
  onLogin: () => void
  children: ReactNode
}

/** The dashboard once signed in; the login form before, with a notice after the session expired. */
export function AuthGate({ expired, onLogin, children }: AuthGateProps): ReactNode {
  const { status } = useSession()
  if (status === 'loading')
    return (
      <section>
        <TopBar />
        <div className="ks-content">
          <Loading what="session" />
        </div>
      </section>
    )
  if (status === 'anonymous')
    return (
      <section>
        <TopBar />
        <div className="ks-content">
          {expired && (
            <p role="alert" className="ks-alert">
              Your session expired. Sign in again.
            </p>
          )}
          <LoginForm onLogin={onLogin} />
        </div>
      </section>
    )
  return (
    <section>
      <UserBar />
      <div className="ks-content">
        <div className="ks-card">{children}</div>
      </div>
    </section>
  )
}
