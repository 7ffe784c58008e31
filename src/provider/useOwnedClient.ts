'use client'
import { useEffect, useMemo, useRef } from 'react'
import { HttpClient } from '../client/index.ts'

/** What `useOwnedClient` reads of the provider's props. @internal */
export interface ClientProps {
  client?: HttpClient
  url?: string
  token?: string
  cid?: string
}

/**
 * The provider's client: the one given, or one made from `url` (and `token`, `cid`) that is
 * closed on unmount. @internal
 */
export function useOwnedClient({ client: given, url, token, cid }: ClientProps): HttpClient {
  const client = useMemo(() => given ?? new HttpClient({ url: url as string, token, cid }), [given, url, token, cid])
  // StrictMode unmounts and mounts again at once, keeping refs: the client is closed a turn
  // after its effect is cleaned up, unless an effect took it up again by then.
  const inUse = useRef<HttpClient>(undefined)
  useEffect(() => {
    if (given) return undefined
    inUse.current = client
    return () => {
      inUse.current = undefined
      setTimeout(() => inUse.current !== client && client.close(), 0)
    }
  }, [client, given])
  return client
}
