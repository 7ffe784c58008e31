import type { Random } from '../random.ts'
import type { Row } from '../types.ts'
import { dayFrom, timeFrom } from './dates.ts'

/** Clusters: open, whitelist (team 1), blacklist (team 2), disabled. */
export function clusterRows(): Row[] {
  return [
    { id: 1, name: 'alpine', description: 'General purpose CPU cluster', enabled: true, access_mode: 'OP', access_teams: [] },
    { id: 2, name: 'blanca', description: 'GPU cluster for team Alpha', enabled: true, access_mode: 'WL', access_teams: [1] },
    { id: 3, name: 'summit', description: 'Large memory nodes', enabled: true, access_mode: 'BL', access_teams: [2] },
    { id: 4, name: 'legacy', description: null, enabled: false, access_mode: 'OP', access_teams: [] },
  ]
}

const STATUSES = ['AP', 'PD', 'DC', 'CR', 'AP', 'AP']
const TOPICS = ['Climate modelling', 'Protein folding', 'Galaxy formation', 'Graph analytics', 'Turbulence', 'Genomics']

/** Allocation requests: three per active team, submitted by the team's owner. */
export function requestRows(random: Random): Row[] {
  const owners: Record<number, number> = { 1: 2, 2: 3 }
  const rows: Row[] = []
  for (const team of [1, 2]) {
    for (let index = 0; index < 3; index++) {
      const id = rows.length + 1
      const status = STATUSES[id - 1]!
      const start = random.int(-200, 60)
      rows.push({
        id,
        title: `${TOPICS[id - 1]} ${team === 1 ? 'Alpha' : 'Beta'} ${index + 1}`,
        description: `Compute time for ${TOPICS[id - 1]!.toLowerCase()} research.`,
        submitted: timeFrom(start - random.int(10, 40), random),
        active: status === 'AP' ? dayFrom(start) : null,
        expire: status === 'AP' ? dayFrom(start + random.int(90, 365)) : null,
        status,
        submitter: owners[team],
        team,
        assignees: [1],
        publications: [],
        grants: [],
      })
    }
  }
  return rows
}

/** One or two allocations per request, on clusters the team may use. */
export function allocationRows(requests: Row[], random: Random): Row[] {
  const rows: Row[] = []
  for (const request of requests) {
    const clusters = request.team === 1 ? [1, 2] : [1, 3]
    for (const cluster of clusters.slice(0, random.int(1, 2))) {
      const requested = random.int(10, 500) * 1000
      const approved = request.status === 'AP'
      rows.push({ id: rows.length + 1, requested, awarded: approved ? requested : null, final: null, cluster, request: request.id })
    }
  }
  return rows
}

/** Reviews by staff of every decided request. */
export function reviewRows(requests: Row[], random: Random): Row[] {
  return requests
    .filter((request) => request.status !== 'PD')
    .map((request, index) => ({
      id: index + 1,
      status: request.status === 'CR' ? 'CR' : request.status === 'DC' ? 'DC' : 'AP',
      submitted: timeFrom(random.int(-60, 0), random),
      request: request.id,
      reviewer: 1,
    }))
}

/** Two comments per request, the second one private (staff only). */
export function commentRows(requests: Row[], random: Random): Row[] {
  return requests.flatMap((request, index) => [
    { id: index * 2 + 1, user: request.submitter, content: `Could this start soon? (${request.title})`, created: timeFrom(random.int(-90, -1), random), private: false, request: request.id },
    { id: index * 2 + 2, user: 1, content: 'Internal note for reviewers.', created: timeFrom(random.int(-90, -1), random), private: true, request: request.id },
  ])
}

/** One attachment on the first request of each team. */
export function attachmentRows(requests: Row[], random: Random): Row[] {
  return requests
    .filter((_, index) => index % 3 === 0)
    .map((request, index) => ({
      id: index + 1,
      file: `http://keystone.test/media/attachments/proposal-${request.id}.pdf`,
      name: `proposal-${request.id}.pdf`,
      uploaded: timeFrom(random.int(-90, -1), random),
      request: request.id,
    }))
}
