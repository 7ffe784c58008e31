import {
  useCreateRequest,
  useDeleteRequest,
  useRequests,
  useRequestStatusChoices,
  useSession,
  useTeams,
} from 'keystone-api-react'
import { type FormEvent, type ReactNode, useState } from 'react'

const PAGE_SIZE = 4

/** A paged, searchable table of allocation requests, newest first, with a form to add one. */
export function Requests(): ReactNode {
  const [search, setSearch] = useState('')
  const [offset, setOffset] = useState(0)
  const { data, error, isPending, isPlaceholderData } = useRequests({ search: search || undefined, order: '-id', limit: PAGE_SIZE, offset })
  const statuses = useRequestStatusChoices()
  const remove = useDeleteRequest()
  const count = data?.count ?? 0
  return (
    <section className="grid">
      <div className="card">
        <div className="toolbar">
          <h2>Allocation requests</h2>
          <input
            type="search"
            aria-label="Search requests"
            placeholder="Search…"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value)
              setOffset(0)
            }}
          />
        </div>
        {isPending && <p role="status">Loading requests…</p>}
        {error && <p role="alert" className="error">{error.message}</p>}
        {data && (
          <table aria-label="Requests" aria-busy={isPlaceholderData}>
            <thead>
              <tr>
                <th>Title</th>
                <th>Team</th>
                <th>Status</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {data.results.map((request) => (
                <tr key={request.id}>
                  <td>{request.title}</td>
                  <td>{request._team?.name ?? request.team}</td>
                  <td>
                    <span className={`badge badge-${request.status ?? 'PD'}`}>{statuses.data?.[request.status ?? 'PD'] ?? request.status}</span>
                  </td>
                  <td>
                    <button type="button" className="link" aria-label={`Delete ${request.title}`} onClick={() => remove.mutate({ pk: request.id })}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
              {data.results.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    No requests match.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
        {remove.error && <p role="alert" className="error">{remove.error.message}</p>}
        <nav className="pager" aria-label="Pages">
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            Previous
          </button>
          <span data-testid="page">
            {count === 0 ? 'No results' : `${offset + 1}–${Math.min(offset + PAGE_SIZE, count)} of ${count}`}
          </span>
          <button type="button" className="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => setOffset(offset + PAGE_SIZE)}>
            Next
          </button>
        </nav>
      </div>
      <NewRequest />
    </section>
  )
}

/** The create form; the server's field errors show beside their fields. */
function NewRequest(): ReactNode {
  const { user } = useSession()
  const teams = useTeams({ limit: 100 })
  const create = useCreateRequest()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [team, setTeam] = useState('')
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!user) return
    create.mutate(
      { title, description, team: Number(team), submitter: user.id },
      {
        onSuccess: () => {
          setTitle('')
          setDescription('')
        },
      },
    )
  }
  const errors = create.fieldErrors
  return (
    <form className="card" aria-label="New request" onSubmit={submit}>
      <h2>New request</h2>
      <label>
        Title
        <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} aria-invalid={!!errors.title} />
        {errors.title && <small className="error">{errors.title}</small>}
      </label>
      <label>
        Description
        <textarea name="description" value={description} onChange={(event) => setDescription(event.target.value)} aria-invalid={!!errors.description} />
        {errors.description && <small className="error">{errors.description}</small>}
      </label>
      <label>
        Team
        <select name="team" value={team} onChange={(event) => setTeam(event.target.value)}>
          <option value="">Choose a team</option>
          {teams.data?.results.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {errors.team && <small className="error">{errors.team}</small>}
      </label>
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : 'Add request'}
      </button>
      {create.error && !Object.keys(errors).length && <p role="alert" className="error">{create.error.message}</p>}
      {create.isSuccess && <p role="status">Added “{create.data.title}”.</p>}
    </form>
  )
}
