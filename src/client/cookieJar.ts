/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding. */
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Reads one cookie from a `Cookie`-style string (`a=1; b=2`); a malformed escape is kept as it is. @internal */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return decodeSafely(part.slice(at + 1).trim())
  }
  return undefined
}

interface StoredCookie {
  readonly name: string
  readonly value: string
  readonly path: string
  /** Milliseconds since the epoch; `Infinity` for a session cookie. */
  readonly expires: number
  readonly secure: boolean
}

// RFC 6265bis: a browser keeps name + value up to 4096 bytes; the API sets two cookies.
const MAX_COOKIE_BYTES = 4096
const MAX_COOKIES = 50

/** The RFC 6265 default-path of a request path: its directory. */
function defaultPath(path: string): string {
  const end = path.lastIndexOf('/')
  return end <= 0 ? '/' : path.slice(0, end)
}

/** RFC 6265 path-match: the cookie path is the request path or one of its directories. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  return requestPath === cookiePath || (requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'))
}

/** Parses one `Set-Cookie` header as RFC 6265 section 5.2 does; undefined when it must be ignored. */
function parseSetCookie(header: string, url: URL, now: number): StoredCookie | undefined {
  const [pair = '', ...attributes] = header.split(';')
  const at = pair.indexOf('=')
  const name = pair.slice(0, at).trim()
  const value = pair.slice(at + 1).trim()
  if (at < 1 || !name || new TextEncoder().encode(name + value).length > MAX_COOKIE_BYTES) return undefined
  let maxAge: number | undefined
  let expires: number | undefined
  let path: string | undefined
  let secure = false
  for (const attribute of attributes) {
    const split = attribute.indexOf('=')
    const key = (split < 0 ? attribute : attribute.slice(0, split)).trim().toLowerCase()
    const text = split < 0 ? '' : attribute.slice(split + 1).trim()
    // An empty or malformed Max-Age or Expires is ignored, not taken as "expired".
    if (key === 'max-age' && /^-?\d+$/.test(text)) maxAge = Number(text) <= 0 ? -Infinity : now + Number(text) * 1000
    else if (key === 'expires' && !Number.isNaN(Date.parse(text))) expires = Date.parse(text)
    else if (key === 'path') path = text.startsWith('/') ? text : undefined
    else if (key === 'secure') secure = true
    else if (key === 'domain' && text) {
      const domain = text.replace(/^\./, '').toLowerCase()
      if (url.hostname !== domain && !url.hostname.endsWith(`.${domain}`)) return undefined
    }
  }
  // Only a secure origin may set a Secure cookie (RFC 6265bis, section 5.7).
  if (secure && url.protocol !== 'https:') return undefined
  return { name, value, path: path ?? defaultPath(url.pathname), expires: maxAge ?? expires ?? Infinity, secure }
}

/**
 * The client's own cookie jar, used where there is no browser (Node scripts): it keeps the
 * cookies the API origin sets and sends them back only to that origin, as RFC 6265 says
 * (expiry checked on every send, `Path`, `Secure`, `Max-Age` over `Expires`, size limits).
 * The jar serves one origin, so the public-suffix and domain rules of a general jar do not arise. @internal
 */
export class CookieJar {
  #cookies: StoredCookie[] = []

  /** Stores the `Set-Cookie` headers of an answer from `url`; an expired cookie removes its namesake. */
  store(headers: unknown, url: string): void {
    const from = new URL(url)
    const now = Date.now()
    for (const header of Array.isArray(headers) ? headers : headers ? [headers] : []) {
      const cookie = parseSetCookie(String(header), from, now)
      if (!cookie) continue
      this.#cookies = this.#cookies.filter((kept) => kept.name !== cookie.name || kept.path !== cookie.path)
      if (cookie.expires > now) this.#cookies.push(cookie)
    }
    // The oldest go first when a server sets too many.
    this.#cookies.splice(0, Math.max(0, this.#cookies.length - MAX_COOKIES))
  }

  /** The `Cookie` header for a request to `url`, or undefined when no cookie applies. */
  header(url: string): string | undefined {
    const to = new URL(url)
    const now = Date.now()
    this.#cookies = this.#cookies.filter((cookie) => cookie.expires > now)
    const sent = this.#cookies
      .filter((cookie) => pathMatches(to.pathname, cookie.path) && (!cookie.secure || to.protocol === 'https:'))
      // Longer paths first (RFC 6265, section 5.4).
      .sort((a, b) => b.path.length - a.path.length)
    return sent.length ? sent.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined
  }

  /** One cookie's value as a request to `url` would send it. */
  get(name: string, url: string): string | undefined {
    return readCookie(this.header(url) ?? '', name)
  }

  clear(): void {
    this.#cookies = []
  }
}
