'use client'
import { useEffect, useSyncExternalStore } from 'react'
import { useKeystoneContext } from '../provider/KeystoneContext.ts'
import { type PendingWrite, pendingWrites, subscribePending } from './pendingWrites.ts'

/**
 * The Keystone writes not yet answered by the server (queued ones included), oldest first; empty
 * when everything is saved. Re-renders when a write begins or settles.
 * @example
 * const pending = usePendingWrites()
 * return <p>{pending.length ? `Saving ${pending.length} change(s)…` : 'All changes saved'}</p>
 */
export function usePendingWrites(): readonly PendingWrite[] {
  const { queryClient } = useKeystoneContext('usePendingWrites')
  return useSyncExternalStore(
    (listener) => subscribePending(queryClient, listener),
    () => pendingWrites(queryClient),
    () => pendingWrites(queryClient),
  )
}

/** Asks the browser to confirm before the page is left. */
function confirmLeaving(event: BeforeUnloadEvent): void {
  event.preventDefault()
  // Older browsers show the prompt only when `returnValue` is set.
  event.returnValue = ''
}

/**
 * Asks before the tab closes or navigates away while Keystone writes are pending (`beforeunload`),
 * so an unsaved change is not lost silently. Opt in by calling it once, anywhere under the provider.
 * @param enabled - Turn the guard off without unmounting. @default true
 * @returns The pending writes, as {@link usePendingWrites}.
 */
export function usePendingWritesGuard(enabled = true): readonly PendingWrite[] {
  const pending = usePendingWrites()
  const guarding = enabled && pending.length > 0
  useEffect(() => {
    if (!guarding) return undefined
    window.addEventListener('beforeunload', confirmLeaving)
    return () => window.removeEventListener('beforeunload', confirmLeaving)
  }, [guarding])
  return pending
}
