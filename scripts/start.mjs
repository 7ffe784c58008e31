#!/usr/bin/env node
// npm start: Storybook on 127.0.0.1 against the built-in mock Keystone, or against a real
// server when KEYSTONE_URL is set (the stories then skip the mock and log in for real).
import { spawnSync, spawn } from 'node:child_process'

const run = (args) => spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1
// The service worker MSW needs is generated, never committed.
if (run(['msw', 'init', 'public', '--no-save']) !== 0) process.exit(1)
const port = process.env.PORT ?? '6006'
console.log(
  process.env.KEYSTONE_URL
    ? `Storybook against ${process.env.KEYSTONE_URL}`
    : 'Storybook against the mock Keystone (set KEYSTONE_URL to use a real server)',
)
const child = spawn('npx', ['storybook', 'dev', '-p', port, '--host', '127.0.0.1', '--ci', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
