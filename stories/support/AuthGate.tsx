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
    <form onSubmit={submit} aria-label="Sign in" style={{ display: 'grid', gap: 8, maxWidth: 280 }}>
      <label>
        Username <input value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" />
      </label>
      <label>
        Password <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" />
      </label>
      <button type="submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      {login.error && <p role="alert">{fieldErrors.length ? fieldErrors.join(' ') : describeError(login.error)}</p>}
    </form>
  )
}

/** Who is signed in, and a button to sign out. */
function UserBar(): ReactNode {
  const { user } = useSession()
  const logout = useLogout()
  return (
    <header style={{ display: 'flex', gap: 12, alignItems: 'center', borderBottom: '1px solid #ddd', marginBottom: 12 }}>
      <span>
        Signed in as {user?.first_name} {user?.last_name}
      </span>
      <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Sign out
      </button>
      {logout.error && <ErrorMessage error={logout.error} />}
    </header>
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
  if (status === 'loading') return <Loading what="session" />
  if (status === 'anonymous')
    return (
      <section>
        {expired && <p role="alert">Your session expired. Sign in again.</p>}
        <LoginForm onLogin={onLogin} />
      </section>
    )
  return (
    <section>
      <UserBar />
      {children}
    </section>
  )
}
