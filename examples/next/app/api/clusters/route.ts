import { isKeystoneHttpError } from 'keystone-api-react/server'
import { serverClient } from '../../../lib/keystone'

export const dynamic = 'force-dynamic'

/** `GET /api/clusters?search=gpu`: every matching cluster, through the framework-free client. */
export async function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams.get('search') ?? undefined
  try {
    const clusters = await serverClient().retrieveCluster({ search, order: ['name'] })
    return Response.json(clusters.map(({ id, name, enabled }) => ({ id, name, enabled })))
  } catch (error) {
    if (isKeystoneHttpError(error)) return Response.json({ detail: error.detail ?? error.message }, { status: error.status })
    throw error
  }
}
