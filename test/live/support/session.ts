/** One HTTP answer, as the differential suite compares it. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  /** Parsed JSON, the text of a non-JSON body, or undefined when empty. */
  readonly body: unknown
}

/** Options of one request. */
export interface SendOptions {
  readonly query?: Readonly<Record<string, string>>
  /** JSON body, or a FormData sent as multipart. */
  readonly body?: unknown
  /** `X-CSRFToken` on writes: the cookie's value (default), none, or a wrong one. */
  readonly csrf?: 'cookie' | 'none' | 'wrong'
  readonly headers?: Readonly<Record<string, string>>
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A raw HTTP session on a Keystone (real or mocked through MSW): its own cookies, the CSRF header
 * on writes, nothing else. The differential suite compares what the servers answer, so it does
 * not go through the library's client, which would hide statuses and bodies behind errors.
 */
export class Session {
  readonly baseUrl: string
  readonly #cookies = new Map<string, string>()
  readonly #token: string | undefined

  constructor(baseUrl: string, token?: string) {
    this.baseUrl = baseUrl
    this.#token = token
  }

  /** A cookie's value, if the server set it. */
  cookie(name: string): string | undefined {
    return this.#cookies.get(name)
  }

  /** Sends one request relative to the base URL. */
  async send(method: string, path: string, options: SendOptions = {}): Promise<Answer> {
    const url = new URL(path, this.baseUrl)
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value)
    const headers = new Headers(options.headers)
    if (this.#cookies.size) headers.set('Cookie', [...this.#cookies].map(([key, value]) => `${key}=${value}`).join('; '))
    if (this.#token) headers.set('Authorization', `Token ${this.#token}`)
    const csrf = options.csrf ?? 'cookie'
    if (!SAFE.has(method) && csrf !== 'none' && this.#cookies.has('csrftoken')) {
      headers.set('X-CSRFToken', csrf === 'wrong' ? 'x'.repeat(32) : this.#cookies.get('csrftoken')!)
    }
    let body: BodyInit | undefined
    if (options.body instanceof FormData) body = options.body
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers.set('Content-Type', 'application/json')
    }
    const response = await fetch(url, { method, headers, body, redirect: 'manual' })
    this.#keepCookies(response.headers)
    return { status: response.status, headers: response.headers, body: await readAnswer(response) }
  }

  /** Logs in with a password; returns the answer (the user on 200). */
  async login(username: string, password: string): Promise<Answer> {
    return this.send('POST', 'authentication/login/', { body: { username, password } })
  }

  #keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim().replace(/^"|"$/g, '')
      if (!value || /max-age=0/i.test(line)) this.#cookies.delete(name)
      else this.#cookies.set(name, value)
    }
  }
}

async function readAnswer(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
