import type { KeystoneUser } from '../client/index.ts'

/** What one tab tells the others of its session: the user now (`null`: logged out), and whether it expired. */
export interface TabMessage {
  user: KeystoneUser | null
  expired: boolean
}

/** A channel between the tabs of one origin: `post` reaches every other tab, never this one. @internal */
export interface TabChannel {
  post(message: TabMessage): void
  close(): void
}

/**
 * Opens the channel of one API's sessions: a BroadcastChannel, or where it is missing, `storage`
 * events of a localStorage entry (which fire in every other tab of the origin). Outside a browser
 * without either, a channel that carries nothing. @internal
 */
export function openTabChannel(name: string, receive: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name)
    channel.onmessage = (event: MessageEvent<TabMessage>) => receive(event.data)
    return { post: (message) => channel.postMessage(message), close: () => channel.close() }
  }
  if (typeof window === 'undefined' || typeof localStorage === 'undefined') return { post: () => undefined, close: () => undefined }
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== name || !event.newValue) return
    receive((JSON.parse(event.newValue) as { message: TabMessage }).message)
  }
  window.addEventListener('storage', onStorage)
  return {
    // A nonce makes each post a change of value, so that the same message twice fires twice.
    post: (message) => localStorage.setItem(name, JSON.stringify({ message, nonce: Math.random() })),
    close: () => window.removeEventListener('storage', onStorage),
  }
}
