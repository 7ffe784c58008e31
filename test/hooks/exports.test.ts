import { choices, resources, type ResourceOps, stats } from 'keystone-api-react'
import { describe, expect, it } from 'vitest'

type Kind = 'list' | 'infinite' | 'detail' | 'byIds' | 'create' | 'update' | 'replace' | 'delete'

const allowedKinds: Record<ResourceOps, readonly Kind[]> = {
  crud: ['list', 'infinite', 'detail', 'byIds', 'create', 'update', 'replace', 'delete'],
  readPatch: ['list', 'infinite', 'detail', 'byIds', 'update'],
  read: ['list', 'infinite', 'detail', 'byIds'],
  list: ['list', 'infinite'],
}

function hookName(kind: Kind, one: string, many: string): string {
  const names: Record<Kind, string> = {
    list: `use${many}`,
    infinite: `useInfinite${many}`,
    detail: `use${one}`,
    byIds: `use${many}ByIds`,
    create: `useCreate${one}`,
    update: `useUpdate${one}`,
    replace: `useReplace${one}`,
    delete: `useDelete${one}`,
  }
  return names[kind]
}

const allKinds = allowedKinds.crud
const expected = new Set([
  ...Object.values(resources).flatMap(({ one, many, ops }) => allowedKinds[ops].map((kind) => hookName(kind, one, many))),
  ...Object.keys(choices).map((name) => `use${name}Choices`),
  ...Object.keys(stats).map((name) => `use${name}Stats`),
])
const forbidden = Object.values(resources)
  .flatMap(({ one, many, ops }) => allKinds.filter((kind) => !allowedKinds[ops].includes(kind)).map((kind) => hookName(kind, one, many)))
  .filter((name) => !expected.has(name))
const sessionAndServerHooks = ['useSession', 'useIsAuthenticated', 'useKeystoneClient', 'useLogin', 'useLogout', 'useWhoAmI', 'useUploadAttachment', 'useBatch', 'useConfig', 'useVersion', 'useHealth', 'usePendingWrites', 'usePendingWritesGuard', 'useCan', 'useTeamRole']

describe('keystone-api-react exports', () => {
  it('include every hook the resource table allows', async () => {
    const exported = Object.keys(await import('keystone-api-react'))
    expect([...expected].filter((name) => !exported.includes(name))).toEqual([])
  })

  it('include no hook the resource table forbids', async () => {
    const exported = Object.keys(await import('keystone-api-react'))
    expect(forbidden).toContain('useCreateNotification')
    expect(forbidden).toContain('useFeedByIds')
    expect(exported.filter((name) => forbidden.includes(name))).toEqual([])
  })

  it('include no other hook than the table-driven, session and server ones', async () => {
    const hooks = Object.keys(await import('keystone-api-react')).filter((name) => /^use[A-Z]/.test(name))
    expect(hooks.filter((name) => !expected.has(name) && !sessionAndServerHooks.includes(name))).toEqual([])
  })
})
