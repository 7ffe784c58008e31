import type { ResourceName } from 'keystone-api-react/client'

/** A valid create body of every resource that allows POST, using seeded ids. */
export const createBodies: Partial<Record<ResourceName, Record<string, unknown>>> = {
  allocations: { requested: 1000, cluster: 1, request: 1 },
  clusters: { name: 'newton', description: 'new', access_mode: 'WL', access_teams: [1] },
  comments: { content: 'Looks good', request: 1, private: false },
  requests: { title: 'New request', description: 'Needs compute', submitter: 2, team: 1 },
  reviews: { status: 'AP', request: 2 },
  grants: { title: 'New grant', agency: 'NSF', amount: '1000.50', start_date: '2026-02-01', team: 1 },
  publications: { title: 'New paper', team: 1 },
  users: { username: 'zoe', password: 'zoe-password', first_name: 'Zoe' },
  teams: { name: 'Team Delta' },
  memberships: { user: 7, team: 1, role: 'MB' },
  preferences: { user: 1, notify_on_expiration: false },
}

/** A valid PATCH body of every resource that allows PATCH. */
export const patchBodies: Partial<Record<ResourceName, Record<string, unknown>>> = {
  allocations: { awarded: 500 },
  attachments: { name: 'renamed.pdf' },
  clusters: { enabled: false },
  comments: { content: 'Edited' },
  requests: { status: 'AP', active: '2026-03-01', expire: '2027-03-01' },
  reviews: { status: 'DC' },
  grants: { agency: 'DOE' },
  publications: { journal: 'Nature' },
  users: { department: 'Geology' },
  teams: { is_active: false },
  memberships: { role: 'AD' },
  notifications: { read: true },
  preferences: { notify_on_expiration: true },
}
