#!/usr/bin/env node
// examples/dashboard end to end: install the packed library, build the Vite app, serve it on
// 127.0.0.1, drive it in headless Chromium against the mock Keystone (MSW service worker), stop.
/* global document, window, MutationObserver -- the evaluate and waitForFunction callbacks run in the page */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { installExample, packLibrary, root, run, since } from './pack.mjs'

const dir = path.join(root, 'examples/dashboard')
const started = performance.now()
const tarball = packLibrary()
installExample(dir, tarball)
// EXAMPLE_REACT=18.3.1 runs the same app on another React (the lock holds React 19).
const react = process.env.EXAMPLE_REACT
if (react) run('npm', ['install', '--no-save', '--no-audit', '--no-fund', `react@${react}`, `react-dom@${react}`, tarball], dir)
run('npx', ['msw', 'init', 'public', '--no-save'], dir)
// Type-checked against the React types of the lock; another React is only built and driven.
if (!react) run('npx', ['tsc', '-p', 'tsconfig.json'], dir)
run('npx', ['vite', 'build'], dir)
const built = since(started)

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

/** A static server for dist/ on 127.0.0.1 (any free port); unknown paths get the app. */
function serve(distDir) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let file = path.join(distDir, path.normalize(decodeURIComponent(url.pathname)))
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(distDir, 'index.html')
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

function check(condition, message) {
  if (!condition) throw new Error(`dashboard e2e: ${message}`)
  console.log(`  ok  ${message}`)
}

async function drive(page, base) {
  const rows = () => page.locator('table[aria-label="Requests"] tbody tr').allInnerTexts()
  const titles = async () => (await rows()).map((row) => row.split('\t')[0].trim())
  const settled = () => page.waitForSelector('table[aria-label="Requests"][aria-busy="false"]')

  await page.goto(base)
  await page.getByRole('heading', { name: 'Sign in' }).waitFor()
  await page.getByLabel('Username').fill('admin')
  await page.getByLabel('Password').fill('wrong-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const alert = page.getByRole('alert')
  await alert.waitFor()
  check((await alert.innerText()) === 'Invalid username or password.', 'a wrong password shows the server message')

  await page.getByLabel('Password').fill('admin-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByTestId('signed-in-as').waitFor()
  check((await page.getByTestId('signed-in-as').innerText()) === 'Ada Admin', 'staff signs in')
  await page.getByText('1–4 of 6').waitFor()
  check((await titles()).join('|') === 'Genomics Beta 3|Turbulence Beta 2|Graph analytics Beta 1|Galaxy formation Alpha 3', 'first page: 4 of 6, newest first')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByText('5–6 of 6').waitFor()
  await settled()
  check((await titles()).join('|') === 'Protein folding Alpha 2|Climate modelling Alpha 1', 'second page')

  await page.getByLabel('Search requests').fill('alpha')
  await page.getByText('1–3 of 3').waitFor()
  await settled()
  check((await titles()).every((title) => title.includes('Alpha')), 'search keeps the Alpha requests')

  const form = page.getByRole('form', { name: 'New request' })
  await form.getByLabel('Team').selectOption({ label: 'Team Alpha' })
  await form.getByRole('button', { name: 'Add request' }).click()
  await form.getByText('This field may not be blank.').first().waitFor()
  check((await form.locator('[aria-invalid="true"]').count()) === 2, 'an empty title and description show field errors')
  await form.getByLabel('Title').fill('Fluid dynamics Alpha 4')
  await form.getByLabel('Description').fill('Compute time for fluid dynamics.')
  await form.getByRole('button', { name: 'Add request' }).click()
  await form.getByText('Added “Fluid dynamics Alpha 4”.').waitFor()
  await page.getByText('1–4 of 4').waitFor()
  await settled()
  check((await titles())[0] === 'Fluid dynamics Alpha 4', 'the new request heads the list')

  await page.getByRole('button', { name: 'Delete Fluid dynamics Alpha 4' }).click()
  await page.getByText('1–3 of 3').waitFor()
  await settled()
  check(!(await titles()).includes('Fluid dynamics Alpha 4'), 'delete removes it')

  // From sign-out on, record anything of the first user that reaches the screen, however briefly.
  await page.evaluate(() => {
    const seen = []
    window.__leaks = seen
    const look = () => {
      const text = document.body.innerText
      for (const word of ['Ada Admin', 'Alpha']) if (text.includes(word)) seen.push(word)
    }
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('heading', { name: 'Sign in' }).waitFor()
  await page.getByLabel('Username').fill('bob')
  await page.getByLabel('Password').fill('bob-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText('1–3 of 3').waitFor()
  await settled()
  check((await page.getByTestId('signed-in-as').innerText()) === 'Bob Brown', 'another user signs in')
  check((await titles()).join('|') === 'Genomics Beta 3|Turbulence Beta 2|Graph analytics Beta 1', 'bob sees his team only')
  const leaks = await page.evaluate(() => window.__leaks)
  check(leaks.length === 0, `nothing of the first user was shown after sign-out (${leaks.join(', ') || 'none'})`)
}

const server = await serve(path.join(dir, 'dist'))
const base = `http://127.0.0.1:${server.address().port}/`
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
const errors = []
let failed = false
try {
  const page = await browser.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  const driveStart = performance.now()
  await drive(page, base)
  check(errors.length === 0, `no uncaught error in the page (${errors.join('; ') || 'none'})`)
  console.log(`examples/dashboard (React ${await page.getByTestId('react-version').innerText()}): install + build ${built} s, browser run ${since(driveStart)} s`)
} catch (error) {
  failed = true
  console.error(error)
} finally {
  await browser.close()
  server.close()
}
process.exit(failed ? 1 : 0)
