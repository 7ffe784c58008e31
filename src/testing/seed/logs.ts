import type { Random } from '../random.ts'
import type { Row } from '../types.ts'
import { timeFrom } from './dates.ts'

const CID = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Notifications (two per user) and preferences (one per non-staff user). */
export function notificationRows(userIds: number[], random: Random): { notifications: Row[]; preferences: Row[] } {
  const notifications = userIds.flatMap((user, index) => [
    { id: index * 2 + 1, time: timeFrom(-random.int(1, 30), random), read: false, subject: 'Allocation expiring soon', message_html: '<p>Your allocation expires soon.</p>', notification_type: 'RE', user, metadata: {} },
    { id: index * 2 + 2, time: timeFrom(-random.int(31, 60), random), read: true, subject: 'Allocation expired', message_html: '<p>Your allocation expired.</p>', notification_type: 'RD', user, metadata: {} },
  ])
  const preferences = userIds.slice(1).map((user, index) => ({ id: index + 1, request_expiry_thresholds: [7, 14, 30], notify_on_expiration: true, user }))
  return { notifications, preferences }
}

/** Audit entries ("create") for seeded records of the given models. */
export function auditRows(records: [string, Row[]][], random: Random): Row[] {
  const rows: Row[] = []
  for (const [model, list] of records) {
    for (const record of list) {
      const id = rows.length + 1
      rows.push({ id, record_name: model, record_id: record.id, action: 'create', changes: { id: [null, String(record.id)] }, cid: CID(id), remote_addr: '10.0.0.1', remote_port: 40000 + id, timestamp: timeFrom(-random.int(100, 400), random), actor: 1 })
    }
  }
  return rows
}

/** Request logs and task logs. */
export function otherLogRows(random: Random): { requestLogs: Row[]; taskLogs: Row[] } {
  const endpoints = ['/allocations/requests/', '/users/teams/', '/research/grants/', '/authentication/login/']
  const requestLogs = Array.from({ length: 8 }, (_, index) => ({
    id: index + 1, method: index % 4 === 3 ? 'POST' : 'GET', endpoint: endpoints[index % 4], response_code: index === 5 ? 404 : 200,
    remote_address: '10.0.0.2', timestamp: timeFrom(-random.int(1, 30), random), cid: CID(100 + index), user: (index % 3) + 1,
  }))
  const taskLogs = Array.from({ length: 4 }, (_, index) => ({
    id: index + 1, task_id: `task-${index + 1}`, periodic_task_name: 'daily', task_name: 'apps.notifications.tasks.notify_upcoming_expirations', task_args: '[]', task_kwargs: '{}',
    status: index === 2 ? 'FAILURE' : 'SUCCESS', worker: 'celery@worker1', content_type: 'application/json', content_encoding: 'utf-8', result: 'null',
    date_created: timeFrom(-index - 1, random), date_started: timeFrom(-index - 1, random), date_done: timeFrom(-index - 1, random), traceback: index === 2 ? 'Traceback: failure' : null, meta: '{}',
  }))
  return { requestLogs, taskLogs }
}

/** Feed entries mirroring the audit log (their CIDs are 32 hex digits, no dashes). */
export function feedRows(audit: Row[]): Row[] {
  return audit.map((row) => ({ id: `audit-${row.id}`, record_id: row.record_id, record_type: 'audit', timestamp: row.timestamp, summary: `${row.record_name} ${row.record_id} created`, cid: String(row.cid).replace(/-/g, ''), status: 'create', user: row.actor }))
}
