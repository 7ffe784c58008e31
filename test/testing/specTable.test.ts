import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderFilterTableFrom, renderSpecTableFrom } from './support/specTable.ts'

const SPEC = new URL('../../spec/openapi.yml', import.meta.url)
const TABLE = new URL('../../src/testing/spec/table.ts', import.meta.url)
const FILTERS = new URL('../../src/client/filters.gen.ts', import.meta.url)

describe('mock spec table', () => {
  it('matches the filters and body rules of openapi.yml', () => {
    const generated = renderSpecTableFrom(SPEC.pathname)
    if (process.env.UPDATE_SPEC_TABLE) writeFileSync(TABLE, generated)
    expect(readFileSync(TABLE, 'utf8')).toBe(generated)
    // Parsing the 380 kB spec takes seconds on a busy machine.
  }, 30_000)

  it('matches the filters of every list and stats endpoint of openapi.yml (the client\'s filter table)', () => {
    const generated = renderFilterTableFrom(SPEC.pathname)
    if (process.env.UPDATE_SPEC_TABLE) writeFileSync(FILTERS, generated)
    expect(readFileSync(FILTERS, 'utf8')).toBe(generated)
  }, 30_000)
})
