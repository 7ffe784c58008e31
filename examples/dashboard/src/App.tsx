import { useLogin, useLogout, useSession } from 'keystone-api-react'
import { type FormEvent, type ReactNode, useState, version } from 'react'
import { Requests } from './Requests.tsx'

/** The dashboard: the login form until signed in, then the allocation requests the user may see. */
export function App(): ReactNode {
  const { status } = useSession()
  return (
    <div className="shell">
      <header className="topbar">
        <strong className="brand">Keystone</strong>
        {status === 'authenticated' && <UserMenu />}
      </header>
      <main className="content">
        {status === 'loading' && <p role="status">Checking your session…</p>}
        {status === 'anonymous' && <LoginForm />}
        {status === 'authenticated' && <Requests />}
      </main>
      <footer className="footer">
        keystone-api-react example · React <span data-testid="react-version">{version}</span>
      </footer>
    </div>
  )
}

function UserMenu(): ReactNode {
  const { user } = useSession()
  const logout = useLogout()
  return (
    <div className="user">
      <span data-testid="signed-in-as">
        {user?.first_name} {user?.last_name}
      </span>
      <button type="button" className="secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Sign out
      </button>
    </div>
  )
}

function LoginForm(): ReactNode {
  const login = useLogin()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    login.mutate({ username, password })
  }
  return (
    <form className="card login" onSubmit={submit} aria-label="Sign in">
      <h1>Sign in</h1>
      <label>
        Username
        <input name="username" value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" />
      </label>
      <label>
        Password
        <input name="password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" />
      </label>
      <button type="submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      {login.error && (
        <p role="alert" className="error">
          {login.error.message}
        </p>
      )}
    </form>
  )
}
