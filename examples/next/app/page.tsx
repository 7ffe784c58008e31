import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import { clusterQueries, createKeystoneQueryClient } from 'keystone-api-react/server'
import type { ReactNode } from 'react'
import { serverClient } from '../lib/keystone'
import { Clusters } from './clusters'
import { CLUSTER_PARAMS } from './params'

// Rendered per request: the build never calls Keystone, so it works offline.
export const dynamic = 'force-dynamic'

/** A Server Component: prefetches the clusters with the hook-free entry and hands them to the browser. */
export default async function Home(): Promise<ReactNode> {
  const queryClient = createKeystoneQueryClient()
  await queryClient.prefetchQuery(clusterQueries.list(serverClient(), CLUSTER_PARAMS))
  return (
    <main>
      <h1>Clusters</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Clusters />
      </HydrationBoundary>
    </main>
  )
}
