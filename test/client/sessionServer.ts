import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'

/** A request as the session server saw it. */
export interface SeenRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
}

const USER = { id: 7, username: 'ada', is_staff: false }

function cookiesOf(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    (headers.cookie ?? '')
      .split(';')
      .filter(Boolean)
      .map((part) => part.trim().split('=') as [string, string]),
  )
}

/**
 * A small Django-like server on 127.0.0.1 with session cookies, CSRF and token auth
 * (NOTES.md, Authentication). Resolves once listening; `close()` stops it.
 */
export async function startSessionServer(): Promise<{ url: string; seen: SeenRequest[]; close: () => Promise<void> }> {
  const sessions = new Map<string, string>() // sessionid -> csrftoken
  const seen: SeenRequest[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const path = req.url ?? '/'
      seen.push({ method: req.method ?? '', path, headers: req.headers })
      const send = (status: number, data?: unknown, cookies: string[] = []) => {
        res.writeHead(status, { 'content-type': 'application/json', 'set-cookie': cookies })
        res.end(data === undefined ? '' : JSON.stringify(data))
      }
      const cookies = cookiesOf(req.headers)
      const csrf = cookies.sessionid ? sessions.get(cookies.sessionid) : undefined
      const byToken = req.headers.authorization === 'Token abc123'
      if (path === '/api/authentication/login/' && req.method === 'POST') {
        const { username, password } = JSON.parse(body || '{}') as Record<string, string>
        if (username !== 'ada' || password !== 'secret') {
          return send(400, { non_field_errors: ['Invalid username or password.'] })
        }
        const session = randomUUID()
        const token = randomUUID().replaceAll('-', '')
        sessions.set(session, token)
        return send(200, USER, [
          `sessionid=${session}; HttpOnly; Path=/; SameSite=Lax`,
          `csrftoken=${token}; Path=/; SameSite=Lax`,
        ])
      }
      if (!csrf && !byToken) return send(401, { detail: 'Authentication credentials were not provided.' })
      if (req.method !== 'GET' && !byToken && req.headers['x-csrftoken'] !== csrf) {
        return send(403, { detail: 'CSRF Failed: CSRF token missing.' })
      }
      if (path === '/api/authentication/logout/') {
        sessions.delete(cookies.sessionid ?? '')
        return send(200, undefined, ['sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/'])
      }
      if (path === '/api/authentication/whoami/') return send(200, USER)
      if (req.method === 'DELETE') return send(204)
      return send(req.method === 'POST' ? 201 : 200, { id: 1, name: 'gpu' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
