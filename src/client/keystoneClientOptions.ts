import type { AxiosRequestConfig } from 'axios'
import type { KeystoneLogger } from './keystoneLogger.ts'

/** Options of `new KeystoneClient(...)`. */
export interface KeystoneClientOptions {
  /** Base URL of the API, e.g. `https://keystone.example.edu/api/`; in a browser also relative to the page (`/api/`). */
  url: string
  /** DRF token: requests carry `Authorization: Token <key>` and no cookies or CSRF. */
  token?: string
  /** Milliseconds a whole exchange may take (connect, send, answer, body) before it is aborted with `KeystoneTimeoutError`. @default 15000 */
  timeout?: number
  /** Send the browser's cookies to a cross-origin API (CORS with credentials). @default true */
  withCredentials?: boolean
  /** Receives a record for every request and response; silent by default. */
  logger?: KeystoneLogger
  /**
   * Who keeps the session cookies: the `browser`, or the client's own `jar` (Node scripts).
   * @default 'jar' where there is no `document`, else 'browser'
   */
  cookies?: 'browser' | 'jar'
  /**
   * Reads the CSRF token for writes in browser mode. By default the `csrftoken` cookie from
   * `document.cookie`, sent only when the API is on the page's origin (see `csrfCookie`); a
   * dashboard on another site supplies the token its deployment exposes here.
   */
  csrfToken?: () => string | null | undefined
  /**
   * Where the page's own `csrftoken` cookie may be sent (browser mode, no `csrfToken`): only to an
   * API on the page's origin, or also to one on the same site, i.e. a host sharing the page's
   * parent domain (`dash.example.edu` and `api.example.edu`), or the page's own host on another
   * port (cookies are not kept per port). Never to another site: the token
   * belongs to the page's site. @default 'same-origin'
   */
  csrfCookie?: 'same-origin' | 'same-site'
  /** Times a GET answered 429 is retried after `Retry-After`. @default 3 */
  throttleRetries?: number
  /** Longest `Retry-After` (seconds) a GET waits for; a longer one surfaces the 429. @default 60 */
  maxRetryAfter?: number
  /** Page requests in flight at once when fetching every record (10,000 records: 1 + 9 pages in two round trips). @default 10 */
  concurrency?: number
  /**
   * Custom axios adapter (tests, React Native). By default `fetch` in browsers, which never
   * follows a redirect (`redirect: 'manual'`), and Node's `http` elsewhere. An XHR adapter follows
   * redirects before the client sees the answer: the client then refuses the answer, but the
   * browser has already replayed the request.
   */
  adapter?: AxiosRequestConfig['adapter']
  /**
   * Correlation id to send instead of a new random one: a UUID, e.g. the `cid` of the client a
   * server render used, so the server's requests and the browser's share one id.
   * @default crypto.randomUUID()
   */
  cid?: string
}
