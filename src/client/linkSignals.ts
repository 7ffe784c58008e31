import { KeystoneAbortError } from './errors/KeystoneAbortError.ts'

/**
 * A signal that aborts when either signal does; `release` drops the listeners once the request
 * is over, so long-lived signals do not collect them. @internal
 */
export function linkSignals(first: AbortSignal, second: AbortSignal | undefined): { signal: AbortSignal; release: () => void } {
  if (!second) return { signal: first, release: () => undefined }
  const controller = new AbortController()
  const abort = (): void => controller.abort()
  if (first.aborted || second.aborted) abort()
  first.addEventListener('abort', abort)
  second.addEventListener('abort', abort)
  const release = (): void => {
    first.removeEventListener('abort', abort)
    second.removeEventListener('abort', abort)
  }
  return { signal: controller.signal, release }
}

/** Waits `ms`, or rejects with `KeystoneAbortError` when `signal` aborts. @internal */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new KeystoneAbortError('Request aborted while waiting for Retry-After'))
    }
    if (signal.aborted) return onAbort()
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
