import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The names come from the generator, which derives them from the resource table: this test
// restates neither the table nor the naming.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
interface HookGenerator {
  hookNames: () => Promise<string[]>
  missingHookNames: () => Promise<string[]>
}
const generator = (await import(path.join(root, 'scripts/generate-hooks.mjs'))) as HookGenerator
const expected = new Set(await generator.hookNames())
const forbidden = await generator.missingHookNames()
const sessionAndServerHooks = ['useSession', 'useIsAuthenticated', 'useKeystoneClient', 'useLogin', 'useLogout', 'useWhoAmI', 'useUploadAttachment', 'useBatch', 'useConfig', 'useVersion', 'useHealth', 'usePendingWrites', 'usePendingWritesGuard', 'useCan', 'useTeamRole']

describe('keystone-api-react exports', () => {
  it('include every hook the resource table allows', async () => {
    const exported = Object.keys(await import('keystone-api-react'))
    expect(expected.size).toBe(124)
    expect([...expected].filter((name) => !exported.includes(name))).toEqual([])
  })

  it('include no hook the resource table forbids', async () => {
    const exported = Object.keys(await import('keystone-api-react'))
    expect(forbidden).toContain('useCreateNotification')
    expect(forbidden).toContain('useFeedByIds')
    expect(forbidden).toContain('useDeleteAuditLog')
    expect(exported.filter((name) => forbidden.includes(name))).toEqual([])
  })

  it('include no other hook than the table-driven, session and server ones', async () => {
    const hooks = Object.keys(await import('keystone-api-react')).filter((name) => /^use[A-Z]/.test(name))
    expect(hooks.filter((name) => !expected.has(name) && !sessionAndServerHooks.includes(name))).toEqual([])
  })
})
