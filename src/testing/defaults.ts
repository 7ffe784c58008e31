import type { ResourceName } from '../client/resources.ts'
import type { Viewer } from './access.ts'
import type { BodyRules } from './spec/types.ts'

/** Server-side values of a new record: timestamps, the author, model defaults. */
function serverFields(resource: ResourceName, data: Record<string, unknown>, viewer: Viewer): Record<string, unknown> {
  const now = new Date().toISOString()
  switch (resource) {
    case 'clusters':
      return { enabled: true, access_mode: 'OP' }
    case 'requests':
      return { status: 'PD', submitted: now, submitter: viewer.id }
    case 'reviews':
      return { submitted: now, reviewer: viewer.id }
    case 'comments':
      return { created: now, user: viewer.id }
    case 'attachments':
      return { uploaded: now, name: data.file instanceof File ? data.file.name : 'upload' }
    case 'teams':
      return { is_active: true, created: now }
    case 'users':
      return { is_active: true, date_joined: now, last_login: null }
    case 'memberships':
      return { role: 'MB' }
    case 'preferences':
      return { user: viewer.id, notify_on_expiration: true, request_expiry_thresholds: [] }
    default:
      return {}
  }
}

/** A full new row: rule defaults (null, [], false, ''), server fields, then the validated data. */
export function newRow(resource: ResourceName, data: Record<string, unknown>, rules: BodyRules, viewer: Viewer): Record<string, unknown> {
  const blank: Record<string, unknown> = {}
  for (const [field, rule] of Object.entries(rules)) {
    blank[field] = rule.nullable ? null : rule.type === 'array' ? [] : rule.type === 'boolean' ? false : rule.type === 'string' ? '' : null
  }
  const row = { ...blank, ...serverFields(resource, data, viewer), ...data }
  if (resource === 'teams') row.slug = String(row.name).toLowerCase().replace(/[^a-z0-9_]+/g, '-')
  return row
}

/** Fields only staff may set on users (read-only in RestrictedUser). */
export const STAFF_USER_FIELDS = ['is_staff', 'is_superuser', 'is_active', 'is_ldap_user'] as const
