import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request a local server received. */
export interface Received {
  method: string
  /** Path and query. */
  url: string
  /** Lower-case header names. */
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A server on 127.0.0.1 (port 0) that records every request, body included. */
export interface LocalServer {
  /** `http://127.0.0.1:PORT` */
  origin: string
  received: Received[]
  close(): Promise<void>
}

/** Starts a server on 127.0.0.1 whose `handler` answers each request once its body has arrived. */
export async function serve(handler: (request: Received, response: ServerResponse, raw: IncomingMessage) => void): Promise<LocalServer> {
  const received: Received[] = []
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = []
    raw.on('data', (chunk: Buffer) => chunks.push(chunk))
    raw.on('end', () => {
      const request: Received = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString() }
      received.push(request)
      handler(request, response, raw)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Answers JSON with `status` and extra headers. */
export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}
