import { Axios, type AxiosRequestConfig, type AxiosResponse } from 'axios'
import type { KeystoneClientOptions } from './keystoneClientOptions.ts'

/**
 * The transport: an `Axios` instance made from the client's own settings only. `axios.create`
 * would merge the app's global `axios.defaults` (a `baseURL`, an `Authorization` header,
 * `params`, transforms, `allowAbsoluteUrls: false`...), sending them, or the login, elsewhere.
 * Bodies are serialised and parsed by the client, so no global transform runs either. @internal
 */
export function createTransport(options: KeystoneClientOptions): Axios {
  return new Axios({
    // fetch never follows a redirect in browsers (`redirect: 'manual'`), unlike XHR, which replays
    // a write and its credentials to whatever `Location` names; Node's http adapter does not
    // follow either with `maxRedirects: 0`.
    adapter: options.adapter ?? (typeof document === 'undefined' ? ['http', 'fetch'] : ['fetch', 'xhr']),
    fetchOptions: { redirect: 'manual' },
    maxRedirects: 0,
    withCredentials: options.token === undefined && options.withCredentials !== false,
    validateStatus: () => true,
    transformRequest: [],
    transformResponse: [],
    headers: {},
    responseType: 'text',
    allowAbsoluteUrls: true,
  } as AxiosRequestConfig)
}

/**
 * The transport error as a `cause`: its name, message and code only. An AxiosError also holds
 * the request config, whose headers and body carry the session cookie, CSRF token, API token or
 * login password; anything that prints or reports the error would leak them. @internal
 */
export function transportCause(error: unknown): Error & { code?: string } {
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown }
  const cause: Error & { code?: string } = new Error(typeof message === 'string' ? message : 'Request failed')
  if (typeof name === 'string') cause.name = name
  if (typeof code === 'string') cause.code = code
  return cause
}

/** True when the answer did not come from the request's own URL, or is a redirect the client refuses. @internal */
export function isRedirected(response: AxiosResponse, url: string): boolean {
  // fetch with `redirect: 'manual'` answers status 0 ('opaqueredirect') in browsers, the 3xx in Node.
  if (response.status === 0 || (response.status >= 300 && response.status < 400 && response.status !== 304)) return true
  const final: unknown = (response.request as { responseURL?: unknown } | undefined)?.responseURL
  if (typeof final !== 'string' || final === '') return false
  const [answered, asked] = [new URL(final), new URL(url)]
  return answered.origin !== asked.origin || answered.pathname !== asked.pathname
}
