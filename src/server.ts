/**
 * `keystone-api-react/server`: everything that needs no React: the client, the query keys and
 * the query-option factories, and a Keystone `QueryClient`. No `'use client'`, no hooks, no
 * context, so React Server Components, route handlers and router loaders can prefetch with the
 * same keys the hooks read.
 * @example
 * // app/clusters/page.tsx (a Server Component)
 * import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
 * import { clusterQueries, createKeystoneQueryClient, KeystoneClient } from 'keystone-api-react/server'
 *
 * const client = new KeystoneClient({ url: process.env.KEYSTONE_URL!, token: process.env.KEYSTONE_TOKEN })
 * const queryClient = createKeystoneQueryClient()
 * await queryClient.prefetchQuery(clusterQueries.list(client, { limit: 20 }))
 * return <HydrationBoundary state={dehydrate(queryClient)}><Clusters /></HydrationBoundary>
 * @packageDocumentation
 */
export * from './client/index.ts'
export { createKeystoneQueryClient, isRetryableError, keystoneRetry, keystoneRetryDelay } from './provider/createKeystoneQueryClient.ts'
export { keystoneKeys } from './internal/queryKeys.ts'
export type { KeystoneKeys, ServerRef } from './internal/queryKeys.ts'
export { keystoneQueries, resourceQueries } from './hooks/keystoneQueries.ts'
export type { KeystoneQueries, ResourceQueries } from './hooks/keystoneQueries.ts'
export type {
  ServerKey,
  KeystoneKey,
  ListKey,
  InfiniteKey,
  DetailKey,
  KeystoneQueryOptions,
  KeystoneInfiniteOptions,
} from './hooks/types.ts'
export {
  allocationQueries,
  attachmentQueries,
  clusterQueries,
  commentQueries,
  requestQueries,
  reviewQueries,
  grantQueries,
  publicationQueries,
  userQueries,
  teamQueries,
  membershipQueries,
  notificationQueries,
  preferenceQueries,
  auditLogQueries,
  requestLogQueries,
  taskLogQueries,
  feedQueries,
} from './hooks/resourceQueries.ts'
