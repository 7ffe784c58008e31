type Plain = Record<string, unknown>

/** Value at a dot path (`_team.name`). */
function at(record: Plain, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Plain)[key] : undefined), record)
}

/** Keeps records where every term of `search` appears (case-insensitive) in one of `fields`. */
export function applySearch(records: Plain[], search: string | undefined, fields: readonly string[]): Plain[] {
  const terms = (search ?? '').split(/[\s,]+/).filter(Boolean).map((term) => term.toLowerCase())
  if (terms.length === 0) return records
  return records.filter((record) =>
    terms.every((term) => fields.some((field) => String(at(record, field) ?? '').toLowerCase().includes(term))),
  )
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a) < String(b) ? -1 : 1
}

/** Sorts by `_order` (`name,-id`); fields that records lack are ignored; ties keep id order. */
export function applyOrder(records: Plain[], order: string | undefined): Plain[] {
  const keys = (order ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key && !key.replace(/^-/, '').startsWith('_'))
    .map((key) => ({ field: key.replace(/^-/, ''), sign: key.startsWith('-') ? -1 : 1 }))
    .filter(({ field }) => records.length === 0 || field in (records[0] as Plain))
  return [...records].sort((a, b) => {
    for (const { field, sign } of keys) {
      const result = compare(a[field], b[field])
      if (result) return sign * result
    }
    return compare(a.id, b.id)
  })
}

const positive = (value: string | null, fallback: number): number => {
  const number = Number(value)
  return value !== null && /^\d+$/.test(value) && number > 0 ? number : fallback
}

/** One page, DRF's LimitOffsetPagination: `_limit` (default 100, at most 1000), `_offset`. */
export function paginate(records: Plain[], url: URL): Plain {
  const limit = Math.min(positive(url.searchParams.get('_limit'), 100), 1000)
  const offset = url.searchParams.get('_offset') === '0' ? 0 : positive(url.searchParams.get('_offset'), 0)
  const link = (next: number | undefined): string | null => {
    if (next === undefined) return null
    const target = new URL(url)
    target.searchParams.set('_limit', String(limit))
    if (next > 0) target.searchParams.set('_offset', String(next))
    else target.searchParams.delete('_offset')
    return target.toString()
  }
  return {
    count: records.length,
    next: link(offset + limit < records.length ? offset + limit : undefined),
    previous: link(offset > 0 ? Math.max(0, offset - limit) : undefined),
    results: records.slice(offset, offset + limit),
  }
}
