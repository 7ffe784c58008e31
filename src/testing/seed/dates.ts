import type { Random } from '../random.ts'

/** Reference day of the seed data; dates spread around it. */
const ORIGIN = Date.UTC(2026, 0, 15, 9, 30, 0)
const DAY = 86_400_000

/** A date (`YYYY-MM-DD`) `days` after the origin. */
export function dayFrom(days: number): string {
  return new Date(ORIGIN + days * DAY).toISOString().slice(0, 10)
}

/** A timestamp (ISO 8601, UTC) `days` after the origin plus some random seconds. */
export function timeFrom(days: number, random: Random): string {
  return new Date(ORIGIN + days * DAY + random.int(0, 86_399) * 1000).toISOString()
}
