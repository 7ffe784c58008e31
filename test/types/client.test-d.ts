import { describe, expectTypeOf, it } from 'vitest'
import {
  type KeystoneClient,
  type components,
  type ChoicesOf,
  type CreateBodyOf,
  type FiltersOf,
  type ListParams,
  type PageOf,
  type PatchBodyOf,
  type RecordOf,
} from 'keystone-api-react/client'

type Schemas = components['schemas']
declare const client: KeystoneClient

describe('record and body types', () => {
  it('come from the generated schema', () => {
    expectTypeOf<RecordOf<'clusters'>>().toEqualTypeOf<Schemas['Cluster']>()
    expectTypeOf<RecordOf<'users'>>().toEqualTypeOf<Schemas['RestrictedUser']>()
    expectTypeOf<RecordOf<'feed'>>().toEqualTypeOf<Schemas['FeedEntry']>()
    expectTypeOf<CreateBodyOf<'clusters'>>().toEqualTypeOf<Schemas['ClusterRequest']>()
    expectTypeOf<PatchBodyOf<'clusters'>>().toEqualTypeOf<Schemas['PatchedClusterRequest']>()
    expectTypeOf<PageOf<'grants'>>().toEqualTypeOf<Schemas['PaginatedGrantList']>()
  })

  it('type every generated method', () => {
    expectTypeOf(client.createCluster({ name: 'gpu' })).resolves.toEqualTypeOf<Schemas['Cluster']>()
    expectTypeOf(client.retrieveCluster({ pk: 1 })).resolves.toEqualTypeOf<Schemas['Cluster'] | null>()
    expectTypeOf(client.retrieveCluster({ filters: { enabled: true } })).resolves.toEqualTypeOf<Schemas['Cluster'][]>()
    expectTypeOf(client.retrieveCluster()).resolves.toEqualTypeOf<Schemas['Cluster'][]>()
    expectTypeOf(client.listClusters()).resolves.toEqualTypeOf<Schemas['PaginatedClusterList']>()
    expectTypeOf(client.updateTeam({ pk: 1, data: { is_active: false } })).resolves.toEqualTypeOf<Schemas['TeamUpdate']>()
    expectTypeOf(client.deleteCluster({ pk: 1 })).resolves.toBeVoid()
    expectTypeOf(client.getClusterAccessModeChoices()).resolves.toEqualTypeOf<Schemas['ClusterAccessModeChoices']>()
    expectTypeOf(client.getGrantStats({ agency: 'NSF' })).resolves.toEqualTypeOf<Schemas['GrantStats']>()
    expectTypeOf(client.retrieveFeed()).resolves.toEqualTypeOf<Schemas['FeedEntry'][]>()
  })

  it('offer only the operations the spec allows', () => {
    // @ts-expect-error notifications cannot be created
    void client.createNotification
    // @ts-expect-error logs are read-only
    void client.updateAuditLog
    // @ts-expect-error the feed has no detail path
    void client.retrieveFeed({ pk: 1 })
    // @ts-expect-error create bodies need their required fields
    void client.createCluster({ description: 'no name' })
    // @ts-expect-error enum fields take their codes only
    void client.createCluster({ name: 'gpu', access_mode: 'XX' })
  })
})

describe('generic methods', () => {
  it('keep the type of the resource or endpoint they are given', () => {
    expectTypeOf(client.list('clusters')).resolves.toEqualTypeOf<PageOf<'clusters'>>()
    expectTypeOf(client.retrieve('grants', 1)).resolves.toEqualTypeOf<RecordOf<'grants'> | null>()
    expectTypeOf(client.retrieveAll('users', { search: 'ada' })).resolves.toEqualTypeOf<RecordOf<'users'>[]>()
    expectTypeOf(client.create('clusters', { name: 'gpu' })).resolves.toEqualTypeOf<Schemas['Cluster']>()
    expectTypeOf(client.update('notifications', 1, { read: true })).resolves.toEqualTypeOf<Schemas['Notification']>()
    expectTypeOf(client.delete('clusters', 1)).resolves.toBeVoid()
    expectTypeOf(client.choices('ClusterAccessMode')).resolves.toEqualTypeOf<ChoicesOf<'ClusterAccessMode'>>()
    expectTypeOf(client.whoami()).resolves.toEqualTypeOf<Schemas['RestrictedUser'] | null>()
  })

  it('refuse a resource that does not allow the operation, and a wrong body', () => {
    // @ts-expect-error the feed is list-only
    void client.retrieve('feed', 1)
    // @ts-expect-error notifications cannot be created
    void client.create('notifications', {})
    // @ts-expect-error not a resource
    void client.list('clustres')
    // @ts-expect-error a cluster's name is a string
    void client.create('clusters', { name: 1 })
  })
})

describe('filters', () => {
  it('accept the spec list parameters with their types', () => {
    const filters: FiltersOf<'clusters'> = { name__startswith: 'a', id__in: [1, 2], enabled: true }
    expectTypeOf(filters).toMatchTypeOf<FiltersOf<'clusters'>>()
    const grants: ListParams<'grants'> = {
      filters: { start_date__gte: new Date(), end_date__lt: '2025-01-01', amount__gt: 10, start_date__year: 2024 },
      order: ['-start_date', 'title'],
      search: 'nsf',
      limit: 50,
    }
    expectTypeOf(grants).toMatchTypeOf<ListParams<'grants'>>()
  })

  it('refuse unknown fields, unknown operators and wrong value types', () => {
    // @ts-expect-error `gt` is not an operator of a text field
    void client.listClusters({ filters: { name__gt: 1 } })
    // @ts-expect-error unknown field
    void client.listClusters({ filters: { colour: 'red' } })
    // @ts-expect-error `in` takes an array
    void client.listClusters({ filters: { id__in: 1 } })
    // @ts-expect-error booleans only
    void client.listClusters({ filters: { enabled: 'yes' } })
    // @ts-expect-error ordering by a field the record lacks
    void client.listClusters({ order: '-colour' })
    // @ts-expect-error nested summaries are not orderable
    void client.listClusters({ order: '_history' })
  })
})
