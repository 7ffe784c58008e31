import type { StatsName } from '../client/resources.ts'
import { teamsOf } from './access.ts'
import { detail, type MockResponse, type RouteContext } from './context.ts'
import { applyFilters, type QueryErrors } from './filters.ts'
import { serialize } from './serialize.ts'
import { statsFilters } from '../client/filters.gen.ts'
import type { Row } from './types.ts'

type Plain = Record<string, unknown>
const DAY = 86_400_000
const resourceOf = { Grant: 'grants', Notification: 'notifications', Publication: 'publications', Request: 'requests' } as const

const time = (value: unknown): number => Date.parse(String(value))
const sum = (rows: Plain[], field: string): number => rows.reduce((total, row) => total + Number(row[field] ?? 0), 0)
const money = (value: number): string => value.toFixed(2)
const averageDays = (pairs: [unknown, unknown][]): number | null => {
  const spans = pairs.filter(([a, b]) => a && b).map(([a, b]) => (time(b) - time(a)) / DAY)
  return spans.length ? Math.floor(spans.reduce((a, b) => a + b, 0) / spans.length) : null
}

function grantStats(rows: Plain[], now: number): Plain {
  const upcoming = rows.filter((row) => time(row.start_date) > now)
  const active = rows.filter((row) => time(row.start_date) <= now && (!row.end_date || time(row.end_date) > now))
  const expired = rows.filter((row) => row.end_date && time(row.end_date) <= now)
  return {
    grant_count: rows.length, upcoming_count: upcoming.length, active_count: active.length, expired_count: expired.length,
    agency_count: new Set(rows.map((row) => row.agency)).size,
    funding_total: money(sum(rows, 'amount')), funding_upcoming: money(sum(upcoming, 'amount')), funding_active: money(sum(active, 'amount')),
    funding_expired: money(sum(expired, 'amount')), funding_average: money(rows.length ? sum(rows, 'amount') / rows.length : 0),
  }
}

function publicationStats(rows: Plain[]): Plain {
  const days = averageDays(rows.map((row) => [row.submitted, row.published]))
  return {
    publications_count: rows.length,
    draft_count: rows.filter((row) => !row.submitted && !row.published).length,
    submitted_count: rows.filter((row) => row.submitted && !row.published).length,
    accepted_count: rows.filter((row) => row.published).length,
    journals_count: new Set(rows.map((row) => row.journal).filter(Boolean)).size,
    review_average: days === null ? null : `${days} 00:00:00`,
  }
}

function requestStats(rows: Plain[], allocations: Row[], now: number): Plain {
  const approved = (row: Plain): boolean => row.status === 'AP'
  const stage: Record<string, (row: Plain) => boolean> = {
    pending: (row) => row.status === 'PD', declined: (row) => row.status === 'DC', approved,
    upcoming: (row) => approved(row) && time(row.active) > now,
    active: (row) => approved(row) && time(row.active) <= now && time(row.expire) >= now,
    expired: (row) => approved(row) && time(row.expire) < now,
  }
  const out: Plain = { request_count: rows.length }
  const mine = allocations.filter((allocation) => rows.some((row) => row.id === allocation.request))
  for (const [name, test] of Object.entries(stage)) {
    const ids = new Set(rows.filter(test).map((row) => row.id))
    out[`request_${name}_count`] = ids.size
    out[`su_${name}_total`] = sum(mine.filter((allocation) => ids.has(allocation.request as number)), 'awarded')
  }
  Object.assign(out, { su_requested_total: sum(mine, 'requested'), su_awarded_total: sum(mine, 'awarded'), su_finalized_total: sum(mine, 'final') })
  out.days_pending_average = averageDays(rows.map((row) => [row.submitted, row.active]))
  out.days_active_average = averageDays(rows.map((row) => [row.active, row.expire]))
  return out
}

/** `GET stats/<name>/`: statistics over the records the user may see, after the filters. */
export function statsOf(name: StatsName, ctx: RouteContext): MockResponse {
  const { store, viewer } = ctx
  const resource = resourceOf[name]
  const teams = teamsOf(store, viewer!.id)
  const visible = store.tables[resource].filter((row) =>
    viewer!.isStaff ? true : resource === 'notifications' ? row.user === viewer!.id : teams.has(row.team as number),
  )
  const errors: QueryErrors = {}
  const rows = applyFilters(visible.map((row) => serialize(resource, row, store)), ctx.query, statsFilters[name], errors)
  if (Object.keys(errors).length) return { status: 400, body: errors }
  const now = Date.now()
  if (name === 'Grant') return { status: 200, body: grantStats(rows, now) }
  if (name === 'Publication') return { status: 200, body: publicationStats(rows) }
  if (name === 'Request') return { status: 200, body: requestStats(rows, store.tables.allocations, now) }
  if (name === 'Notification') return { status: 200, body: { total: rows.length, unread: rows.filter((row) => !row.read).length } }
  return detail(404, 'Not found.')
}
