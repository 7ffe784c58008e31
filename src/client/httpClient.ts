import { Connection, type HttpMethod, type SessionKey } from './connection.ts'
import type { KeystoneClientOptions } from './keystoneClientOptions.ts'
import type { KeystoneResponse } from './keystoneResponse.ts'
import type { RequestOptions, WriteOptions } from './requestOptions.ts'
import { toEndpoint } from './url.ts'

/**
 * HTTP core of the Keystone client: raw requests on a `Connection` (base URL, CID, auth headers,
 * cookies, CSRF, logging, throttling and typed errors). `KeystoneClient` adds the API's methods.
 */
export class HttpClient {
  /** The connection this client sends on, shared with every client made from it. */
  readonly connection: Connection
  /** Normalised base URL, ending with one slash. */
  readonly baseUrl: string
  /** Correlation id sent as `X-KEYSTONE-CID` on every request of this client. */
  readonly cid: string
  /** Page requests in flight at once when fetching every record. */
  readonly concurrency: number

  /**
   * Opens a connection on `options.url`, or sends on the `Connection` given or on another
   * client's (same CID, token, cookies, logger, session and `close()`).
   * @throws {KeystoneValidationError} when `url` is not an http(s) URL (relative only in a browser) or an option is invalid.
   */
  constructor(options: KeystoneClientOptions | Connection | HttpClient) {
    const connection = options instanceof HttpClient ? options.connection : options instanceof Connection ? options : new Connection(options)
    this.connection = connection
    this.baseUrl = connection.baseUrl
    this.cid = connection.cid
    this.concurrency = connection.concurrency
  }

  /**
   * Whose session this connection is in: `'initial'` until the user changes (whoever the
   * server says the first user is), then the new user's id or `'anonymous'`. Shared with every
   * client on the connection. Keystone query keys carry it, so a cache never mixes two users' answers.
   */
  get sessionKey(): SessionKey {
    return this.connection.sessionKey
  }

  /** Records a change of user on this connection (the React provider calls it on login, logout and expiry). */
  setSessionKey(key: SessionKey): void {
    this.connection.sessionKey = key
  }

  /** True once `close()` was called. */
  get closed(): boolean {
    return this.connection.closed
  }

  /** Aborts every request in flight; later calls reject with `KeystoneAbortError`. */
  close(): void {
    this.connection.close()
  }

  /** Forgets the session cookies kept by the client (Node); the browser's are the browser's. */
  clearCookies(): void {
    this.connection.clearCookies()
  }

  /**
   * Sends a GET; resolves with the axios response whatever its status. A 429 is retried after
   * `Retry-After` (bounded by `throttleRetries` and `maxRetryAfter`).
   * @throws {KeystoneValidationError | KeystoneNetworkError | KeystoneTimeoutError | KeystoneAbortError}
   */
  httpGet<TData = unknown>(endpoint: string, options?: RequestOptions): Promise<KeystoneResponse<TData>> {
    return this.#send('GET', endpoint, options)
  }

  /** Sends a POST with `json` or multipart `files`; resolves with the response whatever its status. */
  httpPost<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<KeystoneResponse<TData>> {
    return this.#send('POST', endpoint, options)
  }

  /** Sends a PUT; resolves with the response whatever its status. */
  httpPut<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<KeystoneResponse<TData>> {
    return this.#send('PUT', endpoint, options)
  }

  /** Sends a PATCH; resolves with the response whatever its status. */
  httpPatch<TData = unknown>(endpoint: string, options?: WriteOptions): Promise<KeystoneResponse<TData>> {
    return this.#send('PATCH', endpoint, options)
  }

  /** Sends a DELETE; resolves with the response whatever its status. */
  httpDelete<TData = unknown>(endpoint: string, options?: RequestOptions): Promise<KeystoneResponse<TData>> {
    return this.#send('DELETE', endpoint, options)
  }

  /** Checks a caller's endpoint, then sends; a refused endpoint rejects like any other failure. */
  async #send<TData>(method: HttpMethod, endpoint: string, options: WriteOptions | undefined): Promise<KeystoneResponse<TData>> {
    return this.connection.send(method, toEndpoint(endpoint), options)
  }
}
