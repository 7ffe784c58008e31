import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { KeystoneClient, type KeystoneClientOptions, type LogContext } from 'keystone-api-react/client'

export const API = 'http://keystone.test/api/'

/** What the server received, for assertions. */
export interface Received {
  method: string
  url: URL
  headers: Headers
  /** The body as text, once read. */
  text: Promise<string>
}

/**
 * An MSW server for the file's tests; every request it sees is recorded in `received`.
 * Starts before the file's tests and stops after them.
 */
export function startMswServer(): { server: ReturnType<typeof setupServer>; received: Received[] } {
  const server = setupServer()
  const received: Received[] = []
  server.events.on('request:start', ({ request }) => {
    received.push({ method: request.method, url: new URL(request.url), headers: request.headers, text: request.clone().text() })
  })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    received.length = 0
  })
  afterAll(() => server.close())
  return { server, received }
}

/** A client on the test API, keeping cookies in its own jar. */
export function makeClient(options: Partial<KeystoneClientOptions> = {}): KeystoneClient {
  return new KeystoneClient({ url: API, cookies: 'jar', ...options })
}

/** A logger that keeps every record. */
export function recordingLogger(): { records: { level: string; context: LogContext; message: string }[] } & Record<
  'debug' | 'info' | 'warn' | 'error',
  (context: LogContext, message: string) => void
> {
  const records: { level: string; context: LogContext; message: string }[] = []
  const at = (level: string) => (context: LogContext, message: string) => records.push({ level, context, message })
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}
