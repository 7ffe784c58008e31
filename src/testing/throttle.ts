/** A per-minute request budget per client (user, token or anonymous). */
export class Throttle {
  #windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly perMinute: number | undefined) {}

  /** Seconds to wait when `key` spent its budget, else undefined (and counts the request). */
  check(key: string, now: number = Date.now()): number | undefined {
    if (!this.perMinute) return undefined
    const window = this.#windows.get(key)
    if (!window || now - window.start >= 60_000) {
      this.#windows.set(key, { start: now, count: 1 })
      return undefined
    }
    if (window.count >= this.perMinute) return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000))
    window.count += 1
    return undefined
  }

  /** Forgets every budget. */
  clear(): void {
    this.#windows.clear()
  }
}
