import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SPEC_PATH } from './spec.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('src/client/schema.ts', () => {
  it('is exactly what npm run generate:types makes from the spec', async () => {
    const { generate } = (await import(path.join(root, 'scripts/generate-types.mjs'))) as { generate: (source: string) => Promise<string> }
    const committed = fs.readFileSync(path.join(root, 'src/client/schema.ts'), 'utf8')
    expect(committed === (await generate(SPEC_PATH)), 'schema.ts is stale: run `npm run generate:types`').toBe(true)
  }, 30_000)
})
