import { Axios, type AxiosProgressEvent, type AxiosRequestConfig, type AxiosResponse } from 'axios'
import { KeystoneAbortError } from './errors/KeystoneAbortError.ts'
import { KeystoneNetworkError } from './errors/KeystoneNetworkError.ts'
import { KeystoneRedirectError } from './errors/KeystoneRedirectError.ts'
import type { SentRequest } from './errors/SentRequest.ts'
import { KeystoneTimeoutError } from './errors/KeystoneTimeoutError.ts'
import { CookieJar, type KeystoneLogger, type LogContext, readCookie, retryAfterOf } from './http.ts'
import { toEndpoint, normalizeBaseUrl } from './url.ts'
import { describe, refuse } from './validation.ts'

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

// The server replaces a CID that is not a UUID with its own (NOTES.md, Correlation id).
const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i

/** Options every request accepts. */
export interface RequestOptions {
  /** Query parameters. */
  params?: URLSearchParams | Record<string, string | number | boolean>
  /** Cancels the request; it then rejects with `KeystoneAbortError`. */
  signal?: AbortSignal
  /** Overrides the client's timeout (milliseconds). */
  timeout?: number
  /** How to read the body: parsed JSON (text when it is not JSON) or raw text. @default 'json' */
  responseType?: 'json' | 'text'
}

/** Options of a write (POST, PUT, PATCH). */
export interface WriteOptions extends RequestOptions {
  /** JSON body; sent as multipart fields when `files` is given or it holds a `Blob`. */
  json?: unknown
  /** Files sent as multipart fields, by field name. */
  files?: Record<string, Blob>
  /** Upload progress callback (multipart uploads). */
  onUploadProgress?: (event: AxiosProgressEvent) => void
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Makes a multipart body: each JSON field as a form field, each file as its own field. */
function toFormData(json: unknown, files: Record<string, Blob> = {}): FormData {
  const form = new FormData()
  const append = (key: string, value: unknown): void => {
    if (value === undefined) return
    if (value instanceof Blob) form.append(key, value)
    else if (Array.isArray(value)) value.forEach((item) => append(key, item))
    else form.append(key, value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  for (const [key, value] of Object.entries(json ?? {})) append(key, value)
  for (const [key, file] of Object.entries(files)) append(key, file)
  return form
}

const hasBlob = (json: unknown): boolean =>
  !!json && typeof json === 'object' && Object.values(json).some((value) => value instanceof Blob)

/** Waits `ms`, or rejects when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new KeystoneAbortError('Request aborted while waiting for Retry-After'))
    }
    if (signal.aborted) return onAbort()
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * The client's signal, or one that also follows the caller's; `release` drops the listeners
 * once the request is over, so long-lived signals do not collect them.
 */
function linkSignals(closer: AbortSignal, signal: AbortSignal | undefined): { signal: AbortSignal; release: () => void } {
  if (!signal) return { signal: closer, release: () => undefined }
  const controller = new AbortController()
  const abort = (): void => controller.abort()
  if (closer.aborted || signal.aborted) abort()
  closer.addEventListener('abort', abort)
  signal.addEventListener('abort', abort)
  const release = (): void => {
    closer.removeEventListener('abort', abort)
    signal.removeEventListener('abort', abort)
  }
  return { signal: controller.signal, release }
}

/**
 * The transport error as a `cause`: its name, message and code only. An AxiosError also holds
 * the request config, whose headers and body carry the session cookie, CSRF token, API token or
 * login password; anything that prints or reports the error would leak them (issue 7).
 */
function transportCause(error: unknown): Error & { code?: string } {
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown }
  const cause: Error & { code?: string } = new Error(typeof message === 'string' ? message : 'Request failed')
  if (typeof name === 'string') cause.name = name
  if (typeof code === 'string') cause.code = code
  return cause
}

/** What a client and its views share (see the constructor): the transport, credentials and `close()`. */
interface Connection {
  readonly axios: Axios
  readonly timeout: number
  /**
   * The default browser transport (fetch) reports upload progress itself, once the body is sent:
   * axios would stream the body for progress, which Chromium refuses over HTTP/1.1.
   */
  readonly wholeBodyProgress: boolean
  readonly token: string | undefined
  readonly jar: CookieJar | undefined
  readonly logger: KeystoneLogger | undefined
  readonly closer: AbortController
  readonly throttleRetries: number
  readonly readCsrf: (() => string | null | undefined) | undefined
  readonly csrfCookie: 'same-origin' | 'same-site'
  readonly maxRetryAfter: number
  /** Whose session the connection is in, for the cache; see `HttpClient.sessionKey`. */
  sessionKey: SessionKey
}

/**
 * Names the session a connection is in, so that a query cache files each user's answers apart:
 * the user's id, `'anonymous'`, or `'initial'` for the session the connection was opened with.
 */
export type SessionKey = number | 'anonymous' | 'initial'

/** True when `url` is on the page's origin, or (`same-site`) on the page's host at another port or a host sharing its parent domain. */
function isPageSite(url: string, scope: 'same-origin' | 'same-site'): boolean {
  if (typeof location === 'undefined') return false
  const api = new URL(url)
  if (api.origin === location.origin) return true
  if (scope !== 'same-site' || api.protocol !== location.protocol) return false
  // Cookies are not kept per port: on the page's own host (an IP address too) the cookie is the API's.
  if (api.hostname === location.hostname) return true
  const parent = location.hostname.split('.').slice(1).join('.')
  // An IP address has no parent domain: 10.0.0.1 and 192.0.0.1 are not one site.
  const named = !/^[\d.]+$|^\[/.test(location.hostname)
  return named && parent.includes('.') && `.${api.hostname}`.endsWith(`.${parent}`)
}

/**
 * The transport: an `Axios` instance made from the client's own settings only. `axios.create`
 * would merge the app's global `axios.defaults` (a `baseURL`, an `Authorization` header,
 * `params`, transforms, `allowAbsoluteUrls: false`...), sending them, or the login, elsewhere.
 * Bodies are serialised and parsed by the client, so no global transform runs either.
 */
function createTransport(options: KeystoneClientOptions, token: string | undefined): Axios {
  return new Axios({
    // fetch never follows a redirect in browsers (`redirect: 'manual'`), unlike XHR, which replays
    // a write and its credentials to whatever `Location` names; Node's http adapter does not
    // follow either with `maxRedirects: 0`.
    adapter: options.adapter ?? (typeof document === 'undefined' ? ['http', 'fetch'] : ['fetch', 'xhr']),
    fetchOptions: { redirect: 'manual' },
    maxRedirects: 0,
    withCredentials: token === undefined && options.withCredentials !== false,
    validateStatus: () => true,
    transformRequest: [],
    transformResponse: [],
    headers: {},
    responseType: 'text',
    allowAbsoluteUrls: true,
  } as AxiosRequestConfig)
}

/** The body as the caller asked: parsed JSON (text when it is not JSON), or text. */
function parseBody(data: unknown, responseType: RequestOptions['responseType']): unknown {
  if (responseType === 'text' || typeof data !== 'string' || data === '') return data
  try {
    return JSON.parse(data)
  } catch {
    return data
  }
}

/** True when the answer did not come from the request's own URL, or is a redirect the client refuses. */
function isRedirected(response: AxiosResponse, url: string): boolean {
  // fetch with `redirect: 'manual'` answers status 0 ('opaqueredirect') in browsers, the 3xx in Node.
  if (response.status === 0 || (response.status >= 300 && response.status < 400 && response.status !== 304)) return true
  const final: unknown = (response.request as { responseURL?: unknown } | undefined)?.responseURL
  if (typeof final !== 'string' || final === '') return false
  const [answered, asked] = [new URL(final), new URL(url)]
  return answered.origin !== asked.origin || answered.pathname !== asked.pathname
}

/**
 * HTTP core of the Keystone client: base URL, CID, auth headers, cookies, CSRF, logging,
 * throttling and typed errors. Resource methods are added by `KeystoneClient`.
 */
export class HttpClient {
  /** Normalised base URL, ending with one slash. */
  readonly baseUrl: string
  /** Correlation id sent as `X-KEYSTONE-CID` on every request of this client. */
  readonly cid: string
  /** Page requests in flight at once when fetching every record. */
  readonly concurrency: number
  readonly #connection: Connection

  /**
   * Opens a client on `options.url`, or, given another client, a view of the same connection:
   * same CID, token, cookies, logger and `close()` (how the provider's client gains the named
   * methods of `KeystoneClient` on demand).
   * @throws {KeystoneValidationError} when `url` is not an http(s) URL (relative only in a browser) or an option is invalid.
   */
  constructor(options: KeystoneClientOptions | HttpClient) {
    if (options instanceof HttpClient) {
      this.baseUrl = options.baseUrl
      this.cid = options.cid
      this.concurrency = options.concurrency
      this.#connection = options.#connection
      return
    }
    if (!options || typeof options !== 'object') refuse('options', `must be an object, got ${describe(options)}`)
    const { token, timeout = 15_000, logger, throttleRetries = 3, maxRetryAfter = 60, concurrency = 10 } = options
    this.baseUrl = normalizeBaseUrl(options.url)
    if (token !== undefined && (typeof token !== 'string' || !/^[\w.~+/-]+=*$/.test(token))) {
      refuse('token', 'must be a non-empty token string')
    }
    if (!(timeout > 0 && timeout <= 2 ** 31 - 1)) refuse('timeout', `must be a positive number of milliseconds, got ${describe(timeout)}`)
    if (!(concurrency >= 1)) refuse('concurrency', `must be at least 1, got ${describe(concurrency)}`)
    if (options.cid !== undefined && !UUID.test(options.cid)) refuse('cid', `must be a UUID, got ${describe(options.cid)}`)
    this.cid = options.cid ?? crypto.randomUUID()
    this.concurrency = Math.floor(concurrency)
    const mode = options.cookies ?? (typeof document === 'undefined' ? 'jar' : 'browser')
    this.#connection = {
      token,
      logger,
      throttleRetries,
      maxRetryAfter,
      readCsrf: options.csrfToken,
      csrfCookie: options.csrfCookie ?? 'same-origin',
      closer: new AbortController(),
      jar: token === undefined && mode === 'jar' ? new CookieJar() : undefined,
      timeout,
      wholeBodyProgress: options.adapter === undefined && typeof document !== 'undefined',
      // The API never redirects a path that ends with a slash (NOTES.md, URLs): a redirect is refused.
      axios: createTransport(options, token),
      sessionKey: 'initial',
    }
  }

  /**
   * Whose session this connection is in: `'initial'` until the user changes (whoever the
   * server says the first user is), then the new user's id or `'anonymous'`. Shared with every
   * view of the connection. Keystone query keys carry it, so a cache never mixes two users' answers.
   */
  get sessionKey(): SessionKey {
    return this.#connection.sessionKey
  }

  /** Records a change of user on this connection (the React provider calls it on login, logout and expiry). */
  setSessionKey(key: SessionKey): void {
    this.#connection.sessionKey = key
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#connection.closer.signal.aborted
  }

  /** Aborts every request in flight; later calls reject with `KeystoneAbortError`. */
  close(): void {
    this.#connection.closer.abort()
    this.#connection.jar?.clear()
  }

  /** Forgets the session cookies kept by the client (Node); the browser's are the browser's. */
  clearCookies(): void {
    this.#connection.jar?.clear()
  }

  /**
   * Sends a GET; resolves with the axios response whatever its status. A 429 is retried after
   * `Retry-After` (bounded by `throttleRetries` and `maxRetryAfter`).
   * @throws {KeystoneValidationError | KeystoneNetworkError | KeystoneTimeoutError | KeystoneAbortError}
   */
  httpGet<TData = unknown>(endpoint: string, options?: RequestOptions): Promise<AxiosResponse<TData>> {
    return this.send('GET', endpoint, options)
  }

  /** Sends a POST with `json` or multipart `files`; resolves with the response whatever its status. */
  httpPost<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<AxiosResponse<TData>> {
    return this.send('POST', endpoint, options)
  }

  /** Sends a PUT; resolves with the response whatever its status. */
  httpPut<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<AxiosResponse<TData>> {
    return this.send('PUT', endpoint, options)
  }

  /** Sends a PATCH; resolves with the response whatever its status. */
  httpPatch<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<AxiosResponse<TData>> {
    return this.send('PATCH', endpoint, options)
  }

  /** Sends a DELETE; resolves with the response whatever its status. */
  httpDelete<TData = unknown>(endpoint: string, options?: RequestOptions): Promise<AxiosResponse<TData>> {
    return this.send('DELETE', endpoint, options)
  }

  /** Sends one request (validated, logged, throttle-aware). @internal */
  protected async send<TData>(method: Method, endpoint: string, options: WriteOptions = {}): Promise<AxiosResponse<TData>> {
    const path = toEndpoint(endpoint)
    if (this.closed) throw new KeystoneAbortError('KeystoneClient is closed: create a new client')
    const url = this.baseUrl + path
    const { signal, release } = linkSignals(this.#connection.closer.signal, options.signal)
    const context: LogContext = { cid: this.cid, baseurl: this.baseUrl, method, endpoint: path, url, status_code: '' }
    const sent: SentRequest = { method, url, cid: this.cid }
    try {
      for (let attempt = 0; ; attempt++) {
        this.#log('debug', context, 'Sending request')
        const response = await this.#request<TData>(method, url, options, signal, sent, context)
        context.status_code = response.status
        this.#log(response.status < 400 ? 'info' : 'warn', context, 'Received response')
        const wait = response.status === 429 && method === 'GET' ? (retryAfterOf(response) ?? 1) : undefined
        // Writes are never retried: a second POST could create a duplicate (NOTES.md, Errors: 429).
        if (wait === undefined || attempt >= this.#connection.throttleRetries || wait > this.#connection.maxRetryAfter) return response
        await sleep(wait * 1000, signal)
        context.status_code = ''
      }
    } finally {
      release()
    }
  }

  async #request<TData>(
    method: Method,
    url: string,
    options: WriteOptions,
    signal: AbortSignal,
    sent: SentRequest,
    context: LogContext,
  ): Promise<AxiosResponse<TData>> {
    const { token, jar, axios: transport, wholeBodyProgress } = this.#connection
    const timeout = options.timeout ?? this.#connection.timeout
    if (!(timeout > 0 && timeout <= 2 ** 31 - 1)) refuse('timeout', `must be a positive number of milliseconds, got ${describe(timeout)}`)
    const headers: Record<string, string> = { Accept: 'application/json', 'X-KEYSTONE-CID': this.cid }
    if (token) headers.Authorization = `Token ${token}`
    const cookie = jar?.header(url)
    if (cookie) headers.Cookie = cookie
    const csrf = token || method === 'GET' ? undefined : this.#csrfToken(url)
    if (csrf) headers['X-CSRFToken'] = csrf
    const data = this.#body(options, headers)
    // A deadline for the whole exchange: an answer that trickles in must not hold the call open.
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(), timeout)
    const linked = linkSignals(signal, deadline.signal)
    let response: AxiosResponse<TData>
    try {
      response = await transport.request<TData>({
        method,
        url,
        headers,
        params: options.params,
        data,
        signal: linked.signal,
        onUploadProgress: wholeBodyProgress ? undefined : options.onUploadProgress,
      })
    } catch (error) {
      this.#log('error', context, 'Request failed')
      const cause = transportCause(error)
      if (signal.aborted) throw new KeystoneAbortError(`Request aborted: ${method} ${url}`, { cause })
      if (deadline.signal.aborted || cause.code === 'ETIMEDOUT') throw new KeystoneTimeoutError('Request timed out', sent, { cause })
      throw new KeystoneNetworkError('Network error', sent, { cause })
    } finally {
      clearTimeout(timer)
      linked.release()
    }
    if (isRedirected(response, url)) {
      this.#log('error', { ...context, status_code: response.status }, 'Refused a redirect')
      throw new KeystoneRedirectError(response.status, sent)
    }
    if (wholeBodyProgress && options.onUploadProgress && data instanceof FormData) {
      const total = [...data.values()].reduce((sum, value) => sum + (value instanceof Blob ? value.size : String(value).length), 0)
      options.onUploadProgress({ loaded: total, total, progress: 1, bytes: total, upload: true, lengthComputable: true })
    }
    jar?.store(response.headers['set-cookie'], url)
    response.data = parseBody(response.data, options.responseType) as TData
    return response
  }

  /** The request body: JSON text, or multipart form data when there are files. */
  #body(options: WriteOptions, headers: Record<string, string>): string | FormData | undefined {
    const { json, files } = options
    if (files || hasBlob(json)) return toFormData(json, files)
    if (json === undefined) return undefined
    headers['Content-Type'] = 'application/json'
    try {
      return JSON.stringify(json)
    } catch {
      return refuse('json', 'cannot be sent as JSON (a cycle or a bigint)')
    }
  }

  #csrfToken(url: string): string | undefined {
    const { jar, readCsrf, csrfCookie } = this.#connection
    if (jar) return jar.get('csrftoken', url)
    if (readCsrf) return readCsrf() ?? undefined
    // The page's token belongs to the page's site: sending it to an API elsewhere hands it over.
    return typeof document === 'undefined' || !isPageSite(url, csrfCookie) ? undefined : readCookie(document.cookie, 'csrftoken')
  }

  #log(level: keyof KeystoneLogger, context: LogContext, message: string): void {
    // A copy, so a logger that keeps records sees each one as it was.
    this.#connection.logger?.[level]({ ...context }, message)
  }

}
