import type { MockResponse, RouteContext } from './context.ts'
import { routeApi } from './router.ts'

type Plain = Record<string, unknown>
interface Step {
  ref?: string
  method: string
  path: string
  payload?: Plain
  query_params?: Plain
}

const TOKEN = /@(file|ref)\{([^}]*)\}/g

/** Thrown when a `@ref{...}` or `@file{...}` token cannot be resolved. */
class Unresolvable extends Error {
  constructor(readonly token: string, reason: string) {
    super(`Cannot resolve reference "${token}": ${reason}`)
  }
}

function traverse(data: unknown, dotpath: string, token: string): unknown {
  let current = data
  for (const segment of dotpath.split('.')) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment) || Number(segment) >= current.length) throw new Unresolvable(token, `Invalid list index "${segment}"`)
      current = current[Number(segment)]
    } else if (current && typeof current === 'object') {
      if (!(segment in current)) throw new Unresolvable(token, `Key "${segment}" not found in response`)
      current = (current as Plain)[segment]
    } else throw new Unresolvable(token, `Cannot traverse into ${current === null ? 'NoneType' : typeof current} with "${segment}"`)
  }
  return current
}

function resolveToken(token: string, kind: string, label: string, refs: Map<string, unknown>, files: Readonly<Record<string, Blob>>): unknown {
  if (!(kind === 'file' ? /^\w+$/ : /^\w+\.[\w.]+$/).test(label)) throw new Unresolvable(token, 'Reference labels may only contain letters, numbers, and underscores')
  if (kind === 'file') {
    if (!files[label]) throw new Unresolvable(token, `File part "${label}" was not uploaded with this request`)
    return files[label]
  }
  const [alias = '', ...rest] = label.split('.')
  if (!refs.has(alias)) throw new Unresolvable(token, `Alias "${alias}" has not been defined by a previous step`)
  return traverse(refs.get(alias), rest.join('.'), token)
}

/** Replaces tokens in a value: a whole-string token keeps the referenced value's type. */
function resolve(value: unknown, refs: Map<string, unknown>, files: Readonly<Record<string, Blob>>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(item, refs, files))
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, refs, files)]))
  }
  if (typeof value !== 'string') return value
  const tokens = [...value.matchAll(TOKEN)]
  if (tokens.length === 1 && tokens[0]![0] === value) return resolveToken(value, tokens[0]![1]!, tokens[0]![2]!, refs, files)
  return value.replace(TOKEN, (token, kind: string, label: string) => String(resolveToken(token, kind, label, refs, files)))
}

/** Field errors of a job body, or undefined when it is valid. */
function checkJob(job: unknown): Plain | undefined {
  const actions = (job as Plain | undefined)?.actions
  // The server reports the inner job's errors at the top level, not under `job`.
  if (!job || typeof job !== 'object') return { non_field_errors: ['No data provided'] }
  if (!Array.isArray(actions) || actions.length === 0) return { actions: { non_field_errors: ['This list may not be empty.'] } }
  const errors = actions.map((action: Partial<Step>) => {
    const out: Plain = {}
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(String(action?.method))) out.method = [`"${String(action?.method)}" is not a valid choice.`]
    if (typeof action?.path !== 'string' || !action.path) out.path = ['This field is required.']
    if (action?.ref && !/^\w+$/.test(action.ref)) out.ref = ['Reference aliases may only contain alphanumeric characters and underscores.']
    return out
  })
  if (errors.some((error) => Object.keys(error).length)) return { actions: errors }
  const refs = actions.map((action: Partial<Step>) => action?.ref).filter(Boolean)
  return new Set(refs).size === refs.length ? undefined : { actions: ['Reference aliases must be unique within a job.'] }
}

/** Runs one step as its own request of the same user. */
function runStep(ctx: RouteContext, step: Step, path: string, payload: Plain, query: Plain, basePath: string): MockResponse {
  const relative = path.replace(/^https?:\/\/[^/]+/, '').replace(basePath, '/').replace(/^\/+/, '').split('?')[0]!
  const url = new URL(relative, ctx.url.href.slice(0, ctx.url.href.indexOf('batch/')))
  const files = Object.fromEntries(Object.entries(payload).filter(([, item]) => item instanceof Blob)) as Record<string, Blob>
  for (const [key, item] of Object.entries(query)) url.searchParams.set(key, String(item))
  return routeApi({ ...ctx, method: step.method, path: relative, url, query: Object.fromEntries(url.searchParams), body: payload, files })
}

/** `POST batch/`: every step in order, all or nothing; 422 names the failing step or token. */
export function runBatch(ctx: RouteContext): MockResponse {
  const job = (ctx.body as Plain | undefined)?.job
  const parsed = typeof job === 'string' ? safeJson(job) : job
  if (parsed === INVALID) return { status: 400, body: { detail: 'The `job` field is not valid JSON.' } }
  const errors = checkJob(parsed)
  if (errors) return { status: 400, body: errors }
  const { actions, dry_run: dryRun } = parsed as { actions: Step[]; dry_run?: boolean }
  const snapshot = ctx.store.snapshot()
  const basePath = ctx.url.pathname.slice(0, ctx.url.pathname.length - ctx.path.length)
  const refs = new Map<string, unknown>()
  const results: Plain[] = []
  try {
    for (const [index, step] of actions.entries()) {
      const path = String(resolve(step.path, refs, ctx.files))
      const answer = runStep(ctx, step, path, resolve(step.payload ?? {}, refs, ctx.files) as Plain, resolve(step.query_params ?? {}, refs, ctx.files) as Plain, basePath)
      const body = answer.body ?? {}
      results.push({ ref: step.ref ?? '', index: index + 1, method: step.method, path, status: answer.status, body })
      if (step.ref) refs.set(step.ref, body)
      if (answer.status >= 400) {
        ctx.store.restore(snapshot)
        return { status: 422, body: { detail: `Step #${index + 1} (${step.method} ${path}) failed with status ${answer.status}`, step: index + 1, status: answer.status, body } }
      }
    }
  } catch (error) {
    ctx.store.restore(snapshot)
    if (error instanceof Unresolvable) return { status: 422, body: { detail: error.message, token: error.token } }
    throw error
  }
  if (dryRun) ctx.store.restore(snapshot)
  return { status: 200, body: { results } }
}

const INVALID = Symbol('invalid')
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return INVALID
  }
}
