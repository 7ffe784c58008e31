#!/usr/bin/env node
// Loads one story of a running Storybook in headless Chromium and checks that it rendered the mock
// Keystone's seed data. Usage: node .ci/load-story.mjs http://127.0.0.1:6006 [story-id]
/* global document -- the waitForFunction callback runs in the page */
import { chromium } from 'playwright-core'

const [base, storyId = 'hooks-lists--browse'] = process.argv.slice(2)
if (!base) throw new Error('usage: load-story.mjs <storybook url> [story id]')
// Seeded cluster names (src/testing/seed/allocations.ts): any one in a table cell is mock data.
const SEEDED = ['alpine', 'blanca', 'summit', 'legacy']

const index = await (await fetch(new URL('index.json', base))).json()
if (!index.entries?.[storyId]) {
  throw new Error(`no story ${storyId}; stories: ${Object.keys(index.entries ?? {}).join(', ')}`)
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  const page = await browser.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
  const url = new URL(`iframe.html?id=${storyId}&viewMode=story`, base).href
  let seen
  // Vite may reload the page once after optimising dependencies on first visit: try again then.
  for (let attempt = 1; attempt <= 3 && !seen; attempt++) {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    seen = await page
      .waitForFunction(
        (names) => [...document.querySelectorAll('td')].map((cell) => cell.textContent?.trim()).find((text) => names.includes(text)),
        SEEDED,
        { polling: 'raf', timeout: 90_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch((error) => {
        console.log(`attempt ${attempt}: ${error.message.split('\n')[0]}`)
        return undefined
      })
  }
  if (!seen) {
    const text = await page.locator('body').innerText().catch(() => '')
    throw new Error(`story ${storyId} showed no seeded cluster.\nPage text: ${text.slice(0, 500)}\n${problems.join('\n')}`)
  }
  console.log(`story ${storyId} rendered mock data: cluster "${seen}" at ${url}`)
} finally {
  await browser.close()
}
