import { type InfiniteData, QueryClient, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { KeystoneClient, KeystoneError, KeystoneUser, PageOf, RecordOf, StatsOf } from 'keystone-api-react/client'
import { describe, expectTypeOf, it } from 'vitest'
import {
  clusterQueries,
  keystoneKeys,
  keystoneQueries,
  useCluster,
  useClusterAccessModeChoices,
  useClusters,
  useClustersByIds,
  useCreateCluster,
  useDeleteCluster,
  useFeed,
  useGrantStats,
  useInfiniteClusters,
  useUpdateCluster,
  useUpdateNotification,
} from 'keystone-api-react'
import * as api from 'keystone-api-react'

declare const client: KeystoneClient

describe('query hooks', () => {
  it('types list data and errors', () => {
    const result = useClusters({ filters: { name__startswith: 'a' }, order: '-name', limit: 10 })
    expectTypeOf(result.data).toEqualTypeOf<PageOf<'clusters'> | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<KeystoneError | null>()
  })

  it('changes the data type with select', () => {
    const { data } = useClusters(undefined, { select: (page) => page.count })
    expectTypeOf(data).toEqualTypeOf<number | undefined>()
  })

  it('refuses unknown filters and order fields', () => {
    // @ts-expect-error not a filter of clusters
    useClusters({ filters: { nope: 1 } })
    // @ts-expect-error not a field of clusters
    useClusters({ order: 'nope' })
  })

  it('types one record, null when not found', () => {
    expectTypeOf(useCluster(1).data).toEqualTypeOf<RecordOf<'clusters'> | null | undefined>()
    expectTypeOf(useCluster(undefined, { select: (record) => record?.name }).data).toEqualTypeOf<string | undefined>()
  })

  it('types infinite lists and by-ids lookups', () => {
    expectTypeOf(useInfiniteClusters().data).toEqualTypeOf<InfiniteData<PageOf<'clusters'>, number> | undefined>()
    expectTypeOf(useClustersByIds([1, 2]).data).toEqualTypeOf<RecordOf<'clusters'>[]>()
  })

  it('types choices and stats', () => {
    expectTypeOf(useClusterAccessModeChoices().data).toMatchTypeOf<{ WL: string } | undefined>()
    useGrantStats()
  })
})

describe('mutation hooks', () => {
  it('types variables, data and field errors', () => {
    const create = useCreateCluster()
    create.mutate({ name: 'a' })
    // @ts-expect-error name is required
    create.mutate({ enabled: true })
    expectTypeOf(create.data).toEqualTypeOf<RecordOf<'clusters'> | undefined>()
    expectTypeOf(create.fieldErrors.name).toEqualTypeOf<string | undefined>()
    useUpdateCluster({ optimistic: true }).mutate({ pk: 1, data: { enabled: false } })
    useDeleteCluster().mutate({ pk: 1 })
    useUpdateNotification()
  })

  it('types the login refusal for a form', () => {
    const login = api.useLogin()
    expectTypeOf(login.fieldErrors.password).toEqualTypeOf<string | undefined>()
    expectTypeOf(login.fieldErrors.non_field_errors).toEqualTypeOf<string | undefined>()
    expectTypeOf(login.formErrors).toEqualTypeOf<string[]>()
    // @ts-expect-error no such field on the login form
    void login.fieldErrors.email
  })
})

describe('generated names', () => {
  it('exports only the hooks the table allows', () => {
    useFeed()
    // @ts-expect-error feed is list-only
    void api.useFeedByIds
    // @ts-expect-error notifications cannot be created
    void api.useCreateNotification
    // @ts-expect-error audit logs are read-only
    void api.useUpdateAuditLog
  })
})

describe('factories', () => {
  it('tag keys with their data type', () => {
    const queryClient = new QueryClient()
    expectTypeOf(queryClient.getQueryData(keystoneKeys.list(client, 'clusters'))).toEqualTypeOf<PageOf<'clusters'> | undefined>()
    expectTypeOf(queryClient.getQueryData(keystoneKeys.detail(client, 'clusters', 1))).toEqualTypeOf<RecordOf<'clusters'> | null | undefined>()
  })

  it('tag the keys of equivalent params alike, and the keys the factories return', () => {
    const queryClient = new QueryClient()
    expectTypeOf(queryClient.getQueryData(keystoneKeys.list(client, 'clusters', { order: ['name'] }))).toEqualTypeOf<PageOf<'clusters'> | undefined>()
    expectTypeOf(queryClient.getQueryData(clusterQueries.list(client, { order: 'name' }).queryKey)).toEqualTypeOf<PageOf<'clusters'> | undefined>()
    expectTypeOf(queryClient.getQueryData(keystoneQueries.stats(client, 'Grant').queryKey)).toEqualTypeOf<StatsOf<'Grant'> | undefined>()
    expectTypeOf(queryClient.getQueryData(keystoneKeys.whoami(client))).toEqualTypeOf<KeystoneUser | null | undefined>()
  })

  it('take TanStack options last, select included', () => {
    expectTypeOf(useQuery(clusterQueries.list(client, undefined, { select: (page) => page.count })).data).toEqualTypeOf<number | undefined>()
    expectTypeOf(useQuery(keystoneQueries.detail(client, 'grants', 1, { select: (grant) => grant?.title })).data).toEqualTypeOf<string | undefined>()
  })

  it('work with suspense and ensureQueryData', async () => {
    expectTypeOf(useSuspenseQuery(clusterQueries.list(client)).data).toEqualTypeOf<PageOf<'clusters'>>()
    const queryClient = new QueryClient()
    expectTypeOf(await queryClient.ensureQueryData(keystoneQueries.detail(client, 'grants', 1))).toEqualTypeOf<RecordOf<'grants'> | null>()
  })
})
