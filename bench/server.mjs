// A local Keystone-like list server on 127.0.0.1 for the speed benches. It runs in a child
// process, so its JSON work is not counted against the client being measured.
import { fork } from 'node:child_process'
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

function serve(total, delayMs) {
  const records = Array.from({ length: total }, (_, i) => ({
    id: i + 1,
    name: `cluster-${i + 1}`,
    description: null,
    enabled: true,
    access_mode: 'OP',
    access_teams: [],
    _access_teams: [],
    _history: [],
  }))
  const pages = new Map()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const limit = Math.min(Number(url.searchParams.get('_limit') ?? 100), 1000)
    const offset = Number(url.searchParams.get('_offset') ?? 0)
    const key = `${limit}:${offset}`
    if (!pages.has(key)) {
      const base = `http://${req.headers.host}${url.pathname}`
      pages.set(
        key,
        JSON.stringify({
          count: total,
          next: offset + limit < total ? `${base}?_limit=${limit}&_offset=${offset + limit}` : null,
          previous: offset > 0 ? `${base}?_limit=${limit}&_offset=${Math.max(0, offset - limit)}` : null,
          results: records.slice(offset, offset + limit),
        }),
      )
    }
    const answer = () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(pages.get(key))
    }
    if (delayMs > 0) setTimeout(answer, delayMs)
    else answer()
  })
  server.keepAliveTimeout = 60_000
  server.listen(0, '127.0.0.1', () => process.send?.(server.address().port))
  process.on('disconnect', () => process.exit(0))
}

/**
 * Starts a child process serving `total` cluster records at /api/allocations/clusters/ with
 * _limit/_offset paging, waiting `delayMs` before each answer. Resolves with its URL and `close()`.
 */
export async function startListServer({ total = 10_000, delayMs = 0 } = {}) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', String(total), String(delayMs)], { stdio: 'inherit' })
  const port = await new Promise((resolve, reject) => {
    child.once('message', resolve)
    child.once('error', reject)
  })
  return {
    url: `http://127.0.0.1:${port}/api/`,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill()
      }),
  }
}

if (process.argv[2] === '--serve') serve(Number(process.argv[3]), Number(process.argv[4]))
