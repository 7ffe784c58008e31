'use client'
import { createKeystoneQueryClient, KeystoneProvider } from 'keystone-api-react'
import { type ReactNode, useState } from 'react'

/** The app's own client component around the provider (the provider needs the browser). */
export function Providers({ url, cid, children }: { url: string; cid: string; children: ReactNode }): ReactNode {
  // Prefetched data stays fresh for a minute, so hydration does not refetch it at once.
  const [queryClient] = useState(() => createKeystoneQueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } }))
  return (
    <KeystoneProvider url={url} cid={cid} queryClient={queryClient}>
      {children}
    </KeystoneProvider>
  )
}
