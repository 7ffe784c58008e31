#!/usr/bin/env node
// Screenshots of the dashboard stories for the README, from a built Storybook
// (`npm run build-storybook` first): serves storybook-static on 127.0.0.1, opens each story's
// iframe in headless Chromium, waits for its play function's end state, writes docs/screenshots/.
/* global document -- the evaluate and waitForFunction callbacks run in the page */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const staticDir = path.join(root, 'storybook-static')
const outDir = path.join(root, 'docs/screenshots')
if (!existsSync(staticDir)) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first')
  process.exit(1)
}

const shots = [
  // The overview after a refused create: every panel filled, and the server's field error.
  { id: 'demo-dashboard--field-error', file: 'dashboard.png', ready: 'This field may not be blank.', height: 460 },
  { id: 'demo-dashboard--wrong-password', file: 'sign-in.png', ready: 'Invalid username or password.', height: 400 },
]

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const file = path.join(staticDir, path.normalize(decodeURIComponent(url.pathname)))
  if (!file.startsWith(staticDir) || !existsSync(file) || statSync(file).isDirectory()) return response.writeHead(404).end()
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1000, height: shot.height } })
    await page.goto(`${base}/iframe.html?id=${shot.id}&viewMode=story`)
    await page.getByText(shot.ready).first().waitFor({ timeout: 30_000 })
    // Let the play function's last step and any refetch settle before the picture.
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.activeElement?.blur())
    await page.screenshot({ path: path.join(outDir, shot.file) })
    console.log(`docs/screenshots/${shot.file}`)
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
