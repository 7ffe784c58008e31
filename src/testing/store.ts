import type { ResourceName } from '../client/resources.ts'
import { seedTables } from './seed/index.ts'
import type { MockSnapshot, MockTables, Row, SeedUser } from './types.ts'

/** A saved copy of the tables and id counters, for rolling a batch job back (and for tests). */
export type Snapshot = MockSnapshot

/** The mock's state: tables plus sessions; rows are plain objects. */
export class Store {
  tables: MockTables
  /** Session key -> `{ user id, csrf token }`. */
  readonly sessions: Map<string, { user: number; csrf: string }> = new Map<string, { user: number; csrf: string }>()
  #counter = 0
  /** Highest id each table ever gave: a deleted record's id is never given again (an auto-increment key). */
  #lastIds = new Map<ResourceName, number>()

  constructor(
    private readonly seed: number,
    private readonly extraUsers: readonly SeedUser[],
  ) {
    this.tables = seedTables(seed, extraUsers)
  }

  /** Back to the seeded data, no sessions. */
  reset(): void {
    this.tables = seedTables(this.seed, this.extraUsers)
    this.#lastIds = new Map()
    this.sessions.clear()
  }

  /** A fresh random-looking key (deterministic per store). */
  key(prefix: string): string {
    this.#counter += 1
    return `${prefix}${this.#counter.toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 12)}`
  }

  /** The row `id` of a table, if any. */
  find(resource: ResourceName, id: unknown): Row | undefined {
    return this.tables[resource].find((row) => row.id === id)
  }

  /** Inserts a row with the next integer id. */
  insert(resource: ResourceName, fields: Record<string, unknown>): Row {
    const rows = this.tables[resource]
    const highest = rows.reduce((max, row) => Math.max(max, typeof row.id === 'number' ? row.id : 0), this.#lastIds.get(resource) ?? 0)
    const id = highest + 1
    this.#lastIds.set(resource, id)
    const row: Row = { ...fields, id }
    rows.push(row)
    return row
  }

  /** Removes the row `id` of a table (no cascade). */
  remove(resource: ResourceName, id: unknown): void {
    this.tables[resource] = this.tables[resource].filter((row) => row.id !== id)
  }

  /** A deep copy of every table. */
  snapshot(): Snapshot {
    return { tables: structuredClone(this.tables), lastIds: new Map(this.#lastIds) }
  }

  /** Puts back the tables of a snapshot. */
  restore(snapshot: Snapshot): void {
    this.tables = structuredClone(snapshot.tables)
    this.#lastIds = new Map(snapshot.lastIds)
  }
}
