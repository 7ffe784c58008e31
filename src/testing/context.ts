import type { Viewer } from './access.ts'
import type { Store } from './store.ts'

/** What a route answers: a status plus a JSON body, a text body, or nothing. */
export interface MockResponse {
  readonly status: number
  readonly body?: unknown
  readonly text?: string
  readonly headers?: Readonly<Record<string, string>>
}

/** One request as the routes see it (also a batch step). @internal */
export interface RouteContext {
  readonly store: Store
  readonly method: string
  /** Path relative to the base URL, with its trailing slash. */
  readonly path: string
  /** Absolute URL, for `next`/`previous` links. */
  readonly url: URL
  readonly query: Record<string, string>
  readonly body: unknown
  readonly viewer: Viewer | undefined
  readonly cid: string
  /** Uploaded files by multipart field name. */
  readonly files: Readonly<Record<string, Blob>>
}

/** `{ detail }` answer. */
export const detail = (status: number, message: string): MockResponse => ({ status, body: { detail: message } })
/** 403 of DRF's permission classes. */
export const forbidden = (): MockResponse => detail(403, 'You do not have permission to perform this action.')
/** 401 without credentials. */
export const unauthenticated = (): MockResponse => detail(401, 'Authentication credentials were not provided.')
/** 405 for a method a path does not allow. */
export const notAllowed = (method: string): MockResponse => detail(405, `Method "${method}" not allowed.`)
