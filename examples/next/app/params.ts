import type { ListParams } from 'keystone-api-react/server'

// Shared by the Server Component that prefetches and the Client Component that reads: the same
// params give the same query key, so the hydrated data is found without a request.
export const CLUSTER_PARAMS: ListParams<'clusters'> = { order: 'name', limit: 20 }
