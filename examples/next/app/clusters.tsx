'use client'
import { useClusters, useSession } from 'keystone-api-react'
import type { ReactNode } from 'react'
import { CLUSTER_PARAMS } from './params'

/** The clusters, from the data the server prefetched (no loading state on first paint). */
export function Clusters(): ReactNode {
  const { data, error } = useClusters(CLUSTER_PARAMS)
  const { cid } = useSession()
  if (error) return <p role="alert">{error.message}</p>
  return (
    <>
      <ul aria-label="Clusters">
        {data?.results.map((cluster) => (
          <li key={cluster.id}>
            {cluster.name}
            {cluster.enabled ? '' : ' (disabled)'}
          </li>
        ))}
      </ul>
      <p>
        <small data-cid={cid}>Correlation id: {cid}</small>
      </p>
    </>
  )
}
