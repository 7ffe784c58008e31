import { KeystoneClient } from 'keystone-api-react/client'
import { createMockKeystone, STAFF_USER, type SeedUser } from 'keystone-api-react/testing'

/**
 * The staff account of a real server, from `KEYSTONE_USERNAME`/`KEYSTONE_PASSWORD` (.storybook/main.ts
 * hands them to the page only for a run against a real server); the mock's `admin` otherwise.
 */
export function liveStaff(): SeedUser {
  const given = import.meta.env.STORYBOOK_KEYSTONE_STAFF
  return given ? { ...STAFF_USER, ...(JSON.parse(given) as { username: string; password: string }) } : STAFF_USER
}

// What the stories' writes leave on a real server, by resource and name: nothing else is touched.
const MADE_BY_STORIES = { clusters: ['cascade', 'burst-1', 'burst-2'], teams: ['Team Delta'], attachments: ['budget.pdf', 'empty.pdf'] } as const
const RENAMED_BY_STORIES: Record<string, string> = { 'summit-2': 'summit', 'renamed-b': 'blanca' }

/**
 * Puts a real server back to the fixture map as far as the stories change it: removes the records
 * they create, undoes their renames and re-creates a seed cluster they deleted (a story on the
 * mock starts from a fresh seed; on a real server it starts from what the last one left).
 */
export async function restoreStoryFixtures(url: string): Promise<void> {
  const staff = new KeystoneClient({ url, csrfCookie: 'same-site' })
  try {
    await staff.login(liveStaff())
    const clusters = await staff.retrieveCluster()
    const names = new Set(clusters.map((cluster) => cluster.name))
    for (const cluster of clusters) {
      if ((MADE_BY_STORIES.clusters as readonly string[]).includes(cluster.name)) await staff.deleteCluster({ pk: cluster.id })
      const original = RENAMED_BY_STORIES[cluster.name]
      if (!original) continue
      // A renamed seed cluster gets its name (and its id, which its allocations keep) back. A copy
      // a seeder made meanwhile under that name goes, its allocations first: the server answers
      // 500 to deleting a cluster that still has allocations.
      const copy = clusters.find((other) => other.name === original)
      if (copy) {
        for (const allocation of await staff.retrieveAllocation({ filters: { cluster: copy.id } })) await staff.deleteAllocation({ pk: allocation.id })
        await staff.deleteCluster({ pk: copy.id })
      }
      await staff.updateCluster({ pk: cluster.id, data: { name: original } })
      names.add(original)
    }
    for (const seed of createMockKeystone().db.clusters) {
      const name = String(seed.name)
      const fields = { description: seed.description as string | null, enabled: Boolean(seed.enabled) }
      const present = clusters.find((cluster) => (RENAMED_BY_STORIES[cluster.name] ?? cluster.name) === name && !(cluster.name === name && clusters.some((other) => RENAMED_BY_STORIES[other.name] === name)))
      if (present && (present.description !== fields.description || present.enabled !== fields.enabled)) await staff.updateCluster({ pk: present.id, data: fields })
      // Only clusters open to all can be re-made without the server's team ids; the stories delete only `legacy`.
      if (!names.has(name) && seed.access_mode === 'OP') await staff.createCluster({ name, ...fields, access_mode: 'OP' })
    }
    for (const team of await staff.retrieveTeam({ filters: { name__in: [...MADE_BY_STORIES.teams] } })) await staff.deleteTeam({ pk: team.id })
    for (const attachment of await staff.retrieveAttachment({ filters: { name__in: [...MADE_BY_STORIES.attachments] } })) await staff.deleteAttachment({ pk: attachment.id })
  } finally {
    await staff.logout().catch(() => undefined)
    staff.close()
  }
}
