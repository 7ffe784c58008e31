import { refuse } from './validation.ts'

/** The page's address a relative URL resolves against, as the browser resolves links; none in Node. */
function pageBase(): string | undefined {
  const page = globalThis as { document?: { baseURI?: string }; location?: { href?: string } }
  return page.document?.baseURI ?? page.location?.href
}

/**
 * A URL as it may be quoted in an error or a log: userinfo (`user:password@`) and any query or
 * fragment replaced by `***`, whether or not the text parses as a URL. @internal
 */
export function redactUrl(url: string): string {
  return url.replace(/[?#][^]*$/, '?***').replace(/^((?:[a-z][a-z\d+.-]*:)?\/\/)?[^]*@/i, '$1***@')
}

/** A value that may be a URL, as a refusal may quote it: redacted first, so no secret it holds is echoed. */
const redacted = (value: unknown): unknown => (typeof value === 'string' ? redactUrl(value) : value)

/**
 * Normalises a base URL: http(s) only, single slashes, one trailing slash, no query or fragment.
 * A mount prefix (`https://host/api/`) is kept. In a browser a relative URL (`/api/`) resolves
 * against the page, as a dashboard served beside its API expects.
 * @throws {KeystoneValidationError} when `url` is not an http(s) URL, has credentials, or is
 * relative where there is no page to resolve it against (Node).
 */
export function normalizeBaseUrl(url: unknown): string {
  const base = pageBase()
  let parsed: URL | undefined
  try {
    parsed = typeof url === 'string' && url !== '' ? new URL(url, base) : undefined
  } catch {
    parsed = undefined
  }
  if (!parsed && !base && typeof url === 'string' && url.trim() && !/^[a-z][a-z\d+.-]*:/i.test(url)) {
    return refuse('url', 'relativeUrl', url)
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password) {
    // A URL that fails to parse may still hold a password or a key: it is redacted as text.
    return refuse('url', 'url', redacted(url))
  }
  return `${parsed.origin}${`${parsed.pathname}/`.replace(/\/{2,}/g, '/')}`
}

// Anything that could make the joined URL leave the base: a scheme, a protocol-relative or
// backslash path, `.`/`..` segments (also percent-encoded), encoded slashes, query, fragment,
// whitespace or control characters: the base URL is only ever joined with a path below it.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const UNSAFE = /^[a-z][a-z\d+.-]*:|^[/\\]{2}|\\|[?#\s\u0000-\u001f\u007f]|%(2f|5c|2e|00)|(^|\/)\.{1,2}(\/|$)/i

/**
 * Turns an endpoint into a safe path relative to the base URL, ending with one slash: the API
 * redirects a GET without it and fails a write.
 * @throws {KeystoneValidationError} when the endpoint is absolute or would leave the base URL.
 */
export function toEndpoint(endpoint: unknown): string {
  if (typeof endpoint !== 'string' || UNSAFE.test(endpoint)) {
    return refuse('endpoint', 'endpoint', redacted(endpoint))
  }
  const path = endpoint.replace(/\/{2,}/g, '/').replace(/^\//, '')
  return path === '' || path.endsWith('/') ? path : `${path}/`
}
