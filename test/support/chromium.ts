import { chromium, type Browser } from 'playwright-core'

/** Headless Debian Chromium (`CHROMIUM_PATH` or /usr/bin/chromium; nothing is downloaded). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}
