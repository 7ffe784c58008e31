import { describe, expectTypeOf, it } from 'vitest'
import type { ActionOf, CrudResource, DetailResource, OperationsOf, PatchableResource, ResourceName, ResourcesAllowing } from 'keystone-api-react/client'

type Logs = 'auditLogs' | 'requestLogs' | 'taskLogs'

describe('what each resource allows', () => {
  it('follows from its row of the resource table', () => {
    expectTypeOf<OperationsOf<'clusters'>>().toEqualTypeOf<'list' | 'retrieve' | 'create' | 'update' | 'replace' | 'delete'>()
    expectTypeOf<OperationsOf<'notifications'>>().toEqualTypeOf<'list' | 'retrieve' | 'update'>()
    expectTypeOf<OperationsOf<'auditLogs'>>().toEqualTypeOf<'list' | 'retrieve'>()
    expectTypeOf<OperationsOf<'feed'>>().toEqualTypeOf<'list'>()
  })

  it('gives the resource sets the methods and hooks take', () => {
    expectTypeOf<DetailResource>().toEqualTypeOf<Exclude<ResourceName, 'feed'>>()
    expectTypeOf<PatchableResource>().toEqualTypeOf<Exclude<ResourceName, 'feed' | Logs>>()
    expectTypeOf<CrudResource>().toEqualTypeOf<Exclude<ResourceName, 'feed' | Logs | 'notifications'>>()
    expectTypeOf<ResourcesAllowing<'create' | 'replace'>>().toEqualTypeOf<CrudResource>()
  })

  it('gives the actions a user may try', () => {
    expectTypeOf<ActionOf<'notifications'>>().toEqualTypeOf<'list' | 'read' | 'update'>()
    expectTypeOf<ActionOf<'teams'>>().toEqualTypeOf<'list' | 'read' | 'create' | 'update' | 'delete'>()
    expectTypeOf<ActionOf<'feed'>>().toEqualTypeOf<'list'>()
  })
})
