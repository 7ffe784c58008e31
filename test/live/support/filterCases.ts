import { resources, type ResourceName } from 'keystone-api-react/client'
import type { MockTables } from 'keystone-api-react/testing'
import type { SpecNode } from '../../contract/support/spec.ts'
import type { Case } from './cases.ts'
import { FOREIGN, type FixtureMap } from './fixtures.ts'
import type { Side } from './sides.ts'

type Plain = Record<string, unknown>
interface Param {
  readonly name: string
  readonly schema: { type?: string; format?: string }
}

/** Fields whose values each server sets for itself (or hashes): no value of the seed finds them. */
const SKIPPED = new Set(['password'])

/** Django's `week` (ISO 8601 week number) and `week_day` (1 is Sunday) of a date. */
function datePart(op: string, date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  if (op === 'year') return date.slice(0, 4)
  if (op === 'month') return String(Number(date.slice(5, 7)))
  if (op === 'day') return String(Number(date.slice(8, 10)))
  if (op === 'week_day') return String(day.getUTCDay() + 1)
  const thursday = new Date(day)
  thursday.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7))
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))
  return String(1 + Math.round(((thursday.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7))
}

/** The query value of one filter operator for a stored value (the text ops take a piece of it). */
function valueFor(op: string, value: string): string {
  if (op.endsWith('contains')) return value.slice(1, 4)
  if (op.endsWith('startswith')) return value.slice(0, 3)
  if (op.endsWith('endswith')) return value.slice(-3)
  if (['year', 'month', 'day', 'week', 'week_day'].includes(op)) return datePart(op, value)
  return value
}

/**
 * One case per filter parameter the server's spec lists for each seeded resource, run as staff,
 * with a value taken from the seed (a foreign key by natural key, so each side sends its own id).
 * Date-time fields are left out: each server stamps its records when the seeder creates them.
 */
export function filterCases(spec: SpecNode, db: MockTables, mockMap: FixtureMap, seeded: readonly ResourceName[]): Case[] {
  const paths = spec.paths as Record<string, { get?: { parameters?: Param[] } }>
  const cases: Case[] = []
  for (const resource of seeded) {
    const params = (paths[`/${resources[resource].path}`]?.get?.parameters ?? []).filter((param) => !param.name.startsWith('_'))
    const formats = new Map(params.filter((param) => !param.name.includes('__')).map((param) => [param.name, param.schema.format]))
    for (const param of params) {
      const [field = '', op = ''] = param.name.split('__')
      if (SKIPPED.has(field) || formats.get(field) === 'date-time') continue
      const target = field === 'id' ? resource : FOREIGN[resource]?.[field]
      const row = db[resource].find((candidate) => candidate[field] !== null && candidate[field] !== undefined && !(Array.isArray(candidate[field]) && !(candidate[field] as unknown[]).length)) as Plain | undefined
      if (!row && op !== 'isnull') continue
      const raw = Array.isArray(row?.[field]) ? (row![field] as unknown[])[0] : row?.[field]
      const label = op === 'isnull' ? 'true' : target ? mockMap.key(target, raw) : valueFor(op, String(raw))
      const value = (side: Side): string => (op === 'isnull' ? 'true' : target ? String(side.id(target, label)) : label)
      cases.push({
        area: 'filters',
        name: `filters: ${resource} ${param.name}=${label}`,
        run: (side) => side.send('admin', 'GET', resources[resource].path, { query: { [param.name]: value(side), _limit: '1000' } }),
        read: { resource },
      })
    }
  }
  return cases
}
