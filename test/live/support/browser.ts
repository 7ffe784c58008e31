import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { bundleForBrowser, repoRoot } from '../../support/browserBundle.ts'


/**
 * The origin the test page is served from (`KEYSTONE_PAGE_ORIGIN`, default http://127.0.0.1:4200,
 * one of Keystone's default trusted origins). The server must list it in `SECURE_ALLOWED_ORIGINS`
 * (CORS with credentials and CSRF), as a deployment lists its dashboard's origin.
 */
export function pageOrigin(): string {
  return new URL(process.env.KEYSTONE_PAGE_ORIGIN ?? 'http://127.0.0.1:4200').origin
}

/** Bundles the page from src with esbuild, the package's entries resolved as the tests resolve them. */
export async function bundlePage(): Promise<string> {
  return bundleForBrowser('test/live/page/app.tsx', {
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: {
      'keystone-api-react/client': path.join(repoRoot, 'src/client/index.ts'),
      'keystone-api-react': path.join(repoRoot, 'src/index.ts'),
    },
  })
}

/** Serves the page (index.html and app.js) on the host and port of `origin`, 127.0.0.1 only. */
export async function servePage(origin: string, script: string): Promise<Server> {
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>live hooks</title></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>'
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', origin).pathname
    if (pathname === '/app.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
    else if (pathname === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(html)
    else response.writeHead(404).end()
  })
  const port = Number(new URL(origin).port || 80)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return server
}
