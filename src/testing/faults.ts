import type { Fault, FaultTarget } from './types.ts'

interface Armed {
  target: FaultTarget
  fault: Fault
  left: number
}

/** Faults armed by tests, consumed one matching request at a time. */
export class Faults {
  #armed: Armed[] = []

  /** Arms a fault for the next `target.times` matching requests. */
  add(target: FaultTarget, fault: Fault): void {
    this.#armed.push({ target, fault, left: target.times ?? 1 })
  }

  /** The fault for a request, if one matches (and counts it). */
  take(method: string, path: string): Fault | undefined {
    const armed = this.#armed.find(({ target, left }) => {
      const pathMatches = typeof target.path === 'string' ? target.path.replace(/^\//, '') === path : target.path.test(path)
      return left > 0 && pathMatches && (!target.method || target.method.toUpperCase() === method)
    })
    if (!armed) return undefined
    armed.left -= 1
    this.#armed = this.#armed.filter(({ left }) => left > 0)
    return armed.fault
  }

  /** Disarms every fault. */
  clear(): void {
    this.#armed = []
  }
}
