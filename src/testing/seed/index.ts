import { SEED_USERS } from '../credentials.ts'
import { createRandom } from '../random.ts'
import type { MockTables, SeedUser } from '../types.ts'
import { allocationRows, attachmentRows, clusterRows, commentRows, requestRows, reviewRows } from './allocations.ts'
import { auditRows, feedRows, notificationRows, otherLogRows } from './logs.ts'
import { grantRows, publicationRows } from './research.ts'
import { teamRows, userRow } from './users.ts'

/** How many seed users the first version of the seed had; later ones draw from their own stream. */
const FIRST_SEED_USERS = 7

/** Builds every table from a seed number; the same seed and users give the same data. */
export function seedTables(seed: number, extraUsers: readonly SeedUser[] = []): MockTables {
  const random = createRandom(seed)
  // Extra users draw from their own stream, so adding one leaves the seeded records unchanged.
  const extraRandom = createRandom(seed ^ 0x5eed)
  // So do seed users added after the first seven: the records of earlier seeds keep their values.
  const laterRandom = createRandom(seed ^ 0x1a7e)
  const users = [...SEED_USERS, ...extraUsers].map((user, index) => ({
    ...userRow(index + 1, user, index < FIRST_SEED_USERS ? random : index < SEED_USERS.length ? laterRandom : extraRandom),
    password: user.password,
  }))
  const { teams, memberships } = teamRows(random)
  const clusters = clusterRows()
  const requests = requestRows(random)
  const grants = grantRows(random)
  const publications = publicationRows(random)
  const { notifications, preferences } = notificationRows(users.map((user) => user.id as number), random)
  const auditLogs = auditRows([['Team', teams], ['Cluster', clusters], ['AllocationRequest', requests]], random)
  const { requestLogs, taskLogs } = otherLogRows(random)
  return {
    users, teams, memberships, clusters, requests, grants, publications, notifications, preferences,
    allocations: allocationRows(requests, random),
    reviews: reviewRows(requests, random),
    comments: commentRows(requests, random),
    attachments: attachmentRows(requests, random),
    auditLogs, requestLogs, taskLogs,
    feed: feedRows(auditLogs),
  }
}
