import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { liveTarget } from './support/env.ts'

const run = promisify(execFile)
const script = fileURLToPath(new URL('../../scripts/generate-types.mjs', import.meta.url))

describe('the committed types', () => {
  it("are the types of the running server's /openapi/json/ (pinned-version drift check)", async () => {
    const source = `${liveTarget(process.env).url}openapi/json/`
    // execFile rejects on a non-zero exit: the message then carries the script's line diff.
    const { stdout } = await run(process.execPath, [script, '--check', '--url', source])
    expect(stdout.trim()).toBe(`schema.gen.ts matches ${source}`)
  })
})
