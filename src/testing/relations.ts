import type { ResourceName } from '../client/resources.ts'

/** Foreign keys (single id or list of ids) of each resource, to the resource they point at. */
export const links: Partial<Record<ResourceName, Readonly<Record<string, ResourceName>>>> = {
  allocations: { cluster: 'clusters', request: 'requests' },
  attachments: { request: 'requests' },
  clusters: { access_teams: 'teams' },
  comments: { user: 'users', request: 'requests' },
  requests: { submitter: 'users', team: 'teams', assignees: 'users', publications: 'publications', grants: 'grants' },
  reviews: { request: 'requests', reviewer: 'users' },
  grants: { team: 'teams' },
  publications: { team: 'teams' },
  memberships: { user: 'users', team: 'teams' },
  notifications: { user: 'users' },
  preferences: { user: 'users' },
  auditLogs: { actor: 'users' },
  requestLogs: { user: 'users' },
  feed: { user: 'users' },
}

/** Model names used in audit logs and 404 messages. */
export const modelNames: Record<ResourceName, string> = {
  allocations: 'ResourceAllocation',
  attachments: 'Attachment',
  clusters: 'Cluster',
  comments: 'Comment',
  requests: 'AllocationRequest',
  reviews: 'AllocationReview',
  grants: 'Grant',
  publications: 'Publication',
  users: 'User',
  teams: 'Team',
  memberships: 'Membership',
  notifications: 'Notification',
  preferences: 'Preference',
  auditLogs: 'AuditLog',
  requestLogs: 'RequestLog',
  taskLogs: 'TaskResult',
  feed: 'FeedEntry',
}

/** Resources whose records carry `_history` (audit log summaries). */
export const withHistory: ReadonlySet<ResourceName> = new Set<ResourceName>([
  'allocations', 'attachments', 'clusters', 'comments', 'requests', 'reviews', 'grants', 'publications', 'users', 'teams', 'memberships',
])

/**
 * Resources whose `_search` makes the real server (0.10.9) answer 500: their `search_fields`
 * name a field the model lacks (`path` on attachments, `public_comments` on reviews, `message`
 * on notifications, `record_name` on audit logs). The mock answers the same, so a dashboard tested against it meets what
 * production does.
 */
export const searchCrashes: ReadonlySet<ResourceName> = new Set<ResourceName>(['attachments', 'reviews', 'notifications', 'auditLogs'])

/**
 * Fields searched by `_search`, as dot paths into the serialized record (the server's
 * `search_fields`, with `team__name` read as `_team.name`).
 */
export const searchFields: Record<ResourceName, readonly string[]> = {
  allocations: ['_request.title', '_cluster.name'],
  attachments: ['name', '_request.title'],
  clusters: ['name', 'description'],
  comments: ['content', '_request.title', '_user.username', '_user.first_name', '_user.last_name'],
  requests: ['title', 'description', '_team.name', '_submitter.username', '_submitter.first_name', '_submitter.last_name'],
  reviews: ['_request.title'],
  grants: ['title', 'agency', '_team.name', 'pi'],
  publications: ['title', 'abstract', 'journal', 'doi', '_team.name'],
  users: ['username', 'first_name', 'last_name', 'email', 'department', 'role'],
  teams: ['name'],
  memberships: ['_team.name', '_user.username', '_user.first_name', '_user.last_name'],
  notifications: ['message_html', 'subject', '_user.username'],
  preferences: ['_user.username', '_user.first_name', '_user.last_name'],
  auditLogs: ['record_name', 'action', 'cid', '_actor.username', '_actor.first_name', '_actor.last_name'],
  requestLogs: ['endpoint', 'method', 'response_code', 'remote_address', 'cid', '_user.username', '_user.first_name', '_user.last_name'],
  taskLogs: ['periodic_task_name', 'task_name', 'status', 'worker', 'result', 'traceback'],
  feed: ['status', 'summary', 'cid', '_user.username', '_user.first_name', '_user.last_name'],
}
