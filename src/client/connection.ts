import type { Axios } from 'axios'
import { CookieJar, readCookie } from './cookieJar.ts'
import { createTransport, isRedirected, transportCause } from './createTransport.ts'
import { KeystoneAbortError } from './errors/KeystoneAbortError.ts'
import { KeystoneNetworkError } from './errors/KeystoneNetworkError.ts'
import { KeystoneRedirectError } from './errors/KeystoneRedirectError.ts'
import type { SentRequest } from './errors/SentRequest.ts'
import { KeystoneTimeoutError } from './errors/KeystoneTimeoutError.ts'
import type { KeystoneClient } from './keystoneClient.ts'
import type { KeystoneClientOptions } from './keystoneClientOptions.ts'
import type { KeystoneLogger, LogContext } from './keystoneLogger.ts'
import { isPageSite } from './isPageSite.ts'
import { type KeystoneResponse, parseBody, retryAfterOf } from './keystoneResponse.ts'
import { linkSignals, sleep } from './linkSignals.ts'
import { requestBody } from './requestBody.ts'
import type { WriteOptions } from './requestOptions.ts'
import { normalizeBaseUrl, redactUrl } from './url.ts'
import { refuse } from './validation.ts'

/** An HTTP method the API answers. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * Names the session a connection is in, so that a query cache files each user's answers apart:
 * the user's id, `'anonymous'`, or `'initial'` for the session the connection was opened with.
 */
export type SessionKey = number | 'anonymous' | 'initial'

// The server replaces a correlation id that is not a UUID with its own, so the two logs would not match.
const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i

/** Refuses a timeout `setTimeout` cannot keep (it fires at once past 2^31 - 1 ms). */
function checkTimeout(timeout: number): number {
  if (!(timeout > 0 && timeout <= 2 ** 31 - 1)) refuse('timeout', 'timeout', timeout)
  return timeout
}

/**
 * One connection to a Keystone API: base URL, correlation id, transport, credentials (token or
 * cookies), CSRF, logging, throttling and `close()`. Every client made on it (`client.connection`)
 * shares all of these and the session, so `KeystoneClient.from(client)` is the same session
 * with the named methods.
 */
export class Connection {
  /** Normalised base URL, ending with one slash. */
  readonly baseUrl: string
  /** Correlation id sent as `X-KEYSTONE-CID` on every request. */
  readonly cid: string
  /** Page requests in flight at once when fetching every record. */
  readonly concurrency: number
  /**
   * Whose session the connection is in: `'initial'` until the user changes, then the new user's
   * id or `'anonymous'`. Keystone query keys carry it, so a cache never mixes two users' answers.
   */
  sessionKey: SessionKey = 'initial'
  /** The `KeystoneClient` on this connection, once `KeystoneClient.from` made it. @internal */
  declare keystoneClient: KeystoneClient | undefined
  readonly #axios: Axios
  readonly #timeout: number
  readonly #token: string | undefined
  readonly #jar: CookieJar | undefined
  readonly #logger: KeystoneLogger | undefined
  readonly #closer = new AbortController()
  readonly #throttleRetries: number
  readonly #maxRetryAfter: number
  readonly #readCsrf: (() => string | null | undefined) | undefined
  readonly #csrfCookie: 'same-origin' | 'same-site'
  /**
   * The default browser transport (fetch) reports upload progress itself, once the body is sent:
   * axios would stream the body for progress, which Chromium refuses over HTTP/1.1.
   */
  readonly #wholeBodyProgress: boolean

  /**
   * Opens a connection on `options.url`; nothing is sent until a request.
   * @throws {KeystoneValidationError} when `url` is not an http(s) URL (relative only in a browser) or an option is invalid.
   */
  constructor(options: KeystoneClientOptions) {
    if (!options || typeof options !== 'object') refuse('options', 'object', options)
    const { token, timeout = 15_000, throttleRetries = 3, maxRetryAfter = 60, concurrency = 10, cid } = options
    this.baseUrl = normalizeBaseUrl(options.url)
    if (token !== undefined && (typeof token !== 'string' || !/^[\w.~+/-]+=*$/.test(token))) refuse('token', 'token', undefined)
    this.#timeout = checkTimeout(timeout)
    if (!(concurrency >= 1)) refuse('concurrency', 'concurrency', concurrency)
    if (cid !== undefined && !UUID.test(cid)) refuse('cid', 'uuid', cid)
    this.cid = cid ?? crypto.randomUUID()
    this.concurrency = Math.floor(concurrency)
    this.#token = token
    this.#logger = options.logger
    this.#throttleRetries = throttleRetries
    this.#maxRetryAfter = maxRetryAfter
    this.#readCsrf = options.csrfToken
    this.#csrfCookie = options.csrfCookie ?? 'same-origin'
    const mode = options.cookies ?? (typeof document === 'undefined' ? 'jar' : 'browser')
    this.#jar = token === undefined && mode === 'jar' ? new CookieJar() : undefined
    this.#wholeBodyProgress = options.adapter === undefined && typeof document !== 'undefined'
    this.#axios = createTransport(options)
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.#closer.signal.aborted
  }

  /** Aborts every request in flight; later requests reject with `KeystoneAbortError`. */
  close(): void {
    this.#closer.abort()
    this.#jar?.clear()
  }

  /** Forgets the session cookies kept by the connection (Node); the browser's are the browser's. */
  clearCookies(): void {
    this.#jar?.clear()
  }

  /**
   * Sends one request to `path`, a path relative to the base URL that is already known safe (a
   * table path, or one `toEndpoint` checked), and resolves with the answer whatever its status.
   * A GET answered 429 is retried after `Retry-After` (bounded by `throttleRetries` and
   * `maxRetryAfter`); a write never is, since a second POST could create a duplicate. @internal
   * @throws {KeystoneValidationError | KeystoneNetworkError | KeystoneTimeoutError | KeystoneAbortError}
   */
  async send<TData>(method: HttpMethod, path: string, options: WriteOptions = {}): Promise<KeystoneResponse<TData>> {
    if (this.closed) throw new KeystoneAbortError('KeystoneClient is closed: create a new client')
    const url = this.baseUrl + path
    const { signal, release } = linkSignals(this.#closer.signal, options.signal)
    const context: LogContext = { cid: this.cid, baseurl: this.baseUrl, method, endpoint: path, url, status_code: '' }
    const sent: SentRequest = { method, url: redactUrl(url), cid: this.cid }
    try {
      for (let attempt = 0; ; attempt++) {
        this.#log('debug', context, 'Sending request')
        const response = await this.#request<TData>(sent, options, signal, context)
        context.status_code = response.status
        this.#log(response.status < 400 ? 'info' : 'warn', context, 'Received response')
        const wait = response.status === 429 && method === 'GET' ? (response.retryAfter ?? 1) : undefined
        if (wait === undefined || attempt >= this.#throttleRetries || wait > this.#maxRetryAfter) return response
        await sleep(wait * 1000, signal)
        context.status_code = ''
      }
    } finally {
      release()
    }
  }

  /** One exchange, within its own deadline; transport failures become typed errors. */
  async #request<TData>(sent: SentRequest, options: WriteOptions, signal: AbortSignal, context: LogContext): Promise<KeystoneResponse<TData>> {
    const { method, url } = context
    const timeout = checkTimeout(options.timeout ?? this.#timeout)
    const headers: Record<string, string> = { Accept: 'application/json', 'X-KEYSTONE-CID': this.cid }
    const token = this.#token
    if (token) headers.Authorization = `Token ${token}`
    const cookie = this.#jar?.header(url)
    if (cookie) headers.Cookie = cookie
    const csrf = token || method === 'GET' ? undefined : this.#csrfToken(url)
    if (csrf) headers['X-CSRFToken'] = csrf
    const data = requestBody(options, headers)
    // A deadline for the whole exchange: an answer that trickles in must not hold the call open.
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(), timeout)
    const linked = linkSignals(signal, deadline.signal)
    let response
    try {
      response = await this.#axios.request({
        method,
        url,
        headers,
        params: options.params,
        data,
        signal: linked.signal,
        onUploadProgress: this.#wholeBodyProgress ? undefined : options.onUploadProgress,
      })
    } catch (error) {
      this.#log('error', context, 'Request failed')
      const cause = transportCause(error)
      if (signal.aborted) throw new KeystoneAbortError(`Request aborted: ${method} ${sent.url}`, { cause })
      if (deadline.signal.aborted || cause.code === 'ETIMEDOUT') throw new KeystoneTimeoutError('Request timed out', sent, { cause })
      throw new KeystoneNetworkError('Network error', sent, { cause })
    } finally {
      clearTimeout(timer)
      linked.release()
    }
    // The API never redirects a path that ends with a slash, so a redirect is refused, never followed.
    if (isRedirected(response, url)) {
      this.#log('error', { ...context, status_code: response.status }, 'Refused a redirect')
      throw new KeystoneRedirectError(response.status, sent)
    }
    if (this.#wholeBodyProgress && options.onUploadProgress && data instanceof FormData) {
      const total = [...data.values()].reduce((sum, value) => sum + (value instanceof Blob ? value.size : String(value).length), 0)
      options.onUploadProgress({ loaded: total, total, progress: 1, bytes: total, upload: true, lengthComputable: true })
    }
    this.#jar?.store(response.headers['set-cookie'], url)
    // The answer carries the request it answers and its `Retry-After`, each read once, here.
    const retryAfter = retryAfterOf(response.headers['retry-after'])
    return Object.assign(response, { data: parseBody(response.data, options.responseType) as TData, sent, retryAfter })
  }

  #csrfToken(url: string): string | undefined {
    if (this.#jar) return this.#jar.get('csrftoken', url)
    if (this.#readCsrf) return this.#readCsrf() ?? undefined
    // The page's token belongs to the page's site: sending it to an API elsewhere hands it over.
    return typeof document === 'undefined' || !isPageSite(url, this.#csrfCookie) ? undefined : readCookie(document.cookie, 'csrftoken')
  }

  #log(level: keyof KeystoneLogger, context: LogContext, message: string): void {
    // A copy, so a logger that keeps records sees each one as it was.
    this.#logger?.[level]({ ...context }, message)
  }
}
