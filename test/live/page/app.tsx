// A small dashboard for the browser suite: bundled by esbuild from src, served on its own origin,
// talking to the Keystone of `?api=` with the browser's cookies (CORS with credentials).
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import {
  HttpClient,
  KeystoneProvider,
  useClusters,
  useCreateCluster,
  useDeleteCluster,
  useLogin,
  useLogout,
  useReplaceCluster,
  useRequests,
  useSession,
  useCluster,
  useUpdateCluster,
} from 'keystone-api-react'

const search = new URLSearchParams(location.search)
const api = search.get('api')!
// `?csrf=wrong` makes the client send a CSRF token that is not the cookie's, to see the server refuse it.
const csrf = search.get('csrf')

function Session() {
  const { status, user } = useSession()
  const login = useLogin()
  const logout = useLogout()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  return (
    <section>
      <p data-testid="session">{status === 'authenticated' ? `user:${user?.username}` : `status:${status}`}</p>
      <input aria-label="username" value={username} onChange={(event) => setUsername(event.target.value)} />
      <input aria-label="password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} />
      <button onClick={() => login.mutate({ username, password })}>log in</button>
      <button onClick={() => logout.mutate()}>log out</button>
      <p data-testid="login-error">{login.error ? `${login.error.name}:${login.error.message}` : ''}</p>
    </section>
  )
}

function Clusters() {
  const enabled = useClusters({ filters: { enabled: true }, order: 'name', limit: 100 })
  const all = useClusters({ order: 'name', limit: 100 })
  const [selected, setSelected] = useState<number>()
  const detail = useCluster(selected)
  const create = useCreateCluster()
  const update = useUpdateCluster()
  const replace = useReplaceCluster()
  const remove = useDeleteCluster()
  const [name, setName] = useState('')
  const failure = create.error ?? update.error ?? replace.error ?? remove.error
  return (
    <section>
      <p data-testid="enabled">{enabled.data?.results.map((row) => row.name).join(',') ?? '…'}</p>
      <p data-testid="all">{all.data?.results.map((row) => `${row.name}:${row.description}:${row.enabled}`).join(',') ?? '…'}</p>
      <p data-testid="detail">{detail.data === undefined ? '…' : detail.data === null ? 'gone' : `${detail.data.name}:${detail.data.description}:${detail.data.enabled}`}</p>
      <input aria-label="cluster name" value={name} onChange={(event) => setName(event.target.value)} />
      <button onClick={() => create.mutate({ name, description: 'made in the browser', access_mode: 'OP' }, { onSuccess: (row) => setSelected(row.id) })}>create</button>
      <button onClick={() => update.mutate({ pk: selected!, data: { description: 'patched', enabled: false } })}>update</button>
      <button onClick={() => replace.mutate({ pk: selected!, data: { name: `${name}-put`, description: 'put', access_mode: 'OP', enabled: true } })}>replace</button>
      <button onClick={() => remove.mutate({ pk: selected! })}>delete</button>
      <p data-testid="write-error">{failure ? `${failure.name}:${'status' in failure ? String(failure.status) : ''}:${failure.message}` : ''}</p>
    </section>
  )
}

function Requests() {
  const { data, error } = useRequests({ order: 'title', limit: 100 })
  return <p data-testid="requests">{error ? `error:${error.message}` : (data?.results.map((row) => row.title).join(',') ?? '…')}</p>
}

function Dashboard() {
  const { status } = useSession()
  return (
    <>
      <Session />
      {status === 'authenticated' && (
        <>
          <Clusters />
          <Requests />
        </>
      )}
    </>
  )
}

function App() {
  const [expired, setExpired] = useState(0)
  const [client] = useState(() => new HttpClient({ url: api, csrfCookie: 'same-site', ...(csrf === 'wrong' ? { csrfToken: () => 'not-the-cookie' } : {}) }))
  return (
    <KeystoneProvider client={client} onSessionExpired={() => setExpired((count) => count + 1)}>
      <p data-testid="expired">{`expired:${expired}`}</p>
      <Dashboard />
    </KeystoneProvider>
  )
}

createRoot(document.getElementById('root')!).render(<App />)
