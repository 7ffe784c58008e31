import type { Random } from '../random.ts'
import type { Row } from '../types.ts'
import { dayFrom } from './dates.ts'

const AGENCIES = ['NSF', 'NIH', 'DOE', 'NASA']
const JOURNALS = ['Nature', 'Science', 'Physical Review Letters', 'PLOS ONE']

/** Two grants per active team: one running, one ended or upcoming. */
export function grantRows(random: Random): Row[] {
  const rows: Row[] = []
  for (const team of [1, 2]) {
    for (let index = 0; index < 2; index++) {
      const start = index === 0 ? -random.int(100, 300) : random.pick([-800, 200])
      rows.push({
        id: rows.length + 1,
        title: `Grant ${rows.length + 1} of team ${team}`,
        agency: random.pick(AGENCIES),
        pi: random.pick(['Dr. Smith', 'Dr. Jones', null]),
        amount: `${random.int(10, 900) * 1000}.00`,
        grant_number: `GR-${1000 + rows.length}`,
        start_date: dayFrom(start),
        end_date: dayFrom(start + random.int(365, 700)),
        description: 'Funding for computational research.',
        team,
      })
    }
  }
  return rows
}

/** Two publications per active team: one published, one draft. */
export function publicationRows(random: Random): Row[] {
  const rows: Row[] = []
  for (const team of [1, 2]) {
    for (let index = 0; index < 2; index++) {
      const submitted = -random.int(100, 300)
      rows.push({
        id: rows.length + 1,
        title: `Paper ${rows.length + 1} of team ${team}`,
        abstract: 'We report results obtained on the clusters.',
        published: index === 0 ? dayFrom(submitted + random.int(30, 90)) : null,
        submitted: index === 0 ? dayFrom(submitted) : null,
        journal: index === 0 ? random.pick(JOURNALS) : null,
        doi: index === 0 ? `10.1000/ks.${rows.length + 1}` : null,
        volume: index === 0 ? String(random.int(1, 99)) : null,
        issue: index === 0 ? String(random.int(1, 12)) : null,
        team,
      })
    }
  }
  return rows
}
