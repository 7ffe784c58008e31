// Generated from the Keystone openapi.yml by test/testing/support/specTable.ts: do not edit.
// test/testing/specTable.test.ts fails when it drifts; run it with UPDATE_SPEC_TABLE=1 to rewrite it.
import type { FilterKind } from './filterNames.ts'
import type { ResourceName, StatsName } from './resources.ts'

/** Filtered fields of a list, each with its kind (which decides the operators it takes). */
export type FieldFilters = Readonly<Record<string, FilterKind>>

/** The field filters each resource's list declares in the spec. */
export const resourceFilters: Readonly<Record<ResourceName, FieldFilters>> = {
  "allocations": {"awarded":"number","cluster":"fk","final":"number","id":"number","request":"fk","requested":"number"},
  "attachments": {"id":"number","name":"text","request":"fk","uploaded":"datetime"},
  "clusters": {"access_mode":"text","description":"text","enabled":"boolean","id":"number","name":"text"},
  "comments": {"content":"text","created":"datetime","id":"number","private":"boolean","request":"fk","user":"fk"},
  "requests": {"active":"date","description":"text","expire":"date","id":"number","status":"text","submitted":"datetime","submitter":"fk","team":"fk","title":"text"},
  "reviews": {"id":"number","request":"fk","reviewer":"fk","status":"text","submitted":"datetime"},
  "grants": {"agency":"text","amount":"number","description":"text","end_date":"date","grant_number":"text","id":"number","pi":"text","start_date":"date","team":"fk","title":"text"},
  "publications": {"abstract":"text","doi":"text","id":"number","issue":"text","journal":"text","published":"date","submitted":"date","team":"fk","title":"text","volume":"text"},
  "users": {"date_joined":"datetime","department":"text","email":"text","first_name":"text","id":"number","is_active":"boolean","is_ldap_user":"boolean","is_staff":"boolean","is_superuser":"boolean","last_login":"datetime","last_name":"text","password":"text","role":"text","username":"text"},
  "teams": {"id":"number","is_active":"boolean","name":"text","slug":"text"},
  "memberships": {"id":"number","role":"text","team":"fk","user":"fk"},
  "notifications": {"id":"number","message_html":"text","message_text":"text","notification_type":"text","read":"boolean","subject":"text","time":"datetime","user":"fk"},
  "preferences": {"id":"number","notify_on_expiration":"boolean"},
  "auditLogs": {"action":"number","actor":"fk","actor_email":"text","changes_text":"text","cid":"text","content_type":"fk","id":"number","object_id":"number","object_pk":"text","object_repr":"text","remote_addr":"plain","remote_port":"number","timestamp":"datetime"},
  "requestLogs": {"cid":"text","endpoint":"text","id":"number","method":"text","remote_address":"text","response_code":"number","timestamp":"datetime","user":"fk"},
  "taskLogs": {"content_encoding":"text","content_type":"text","date_created":"datetime","date_done":"datetime","date_started":"datetime","id":"number","meta":"text","periodic_task_name":"text","result":"text","status":"text","task_args":"text","task_id":"text","task_kwargs":"text","task_name":"text","traceback":"text","worker":"text"},
  "feed": {"cid":"text","id":"text","record_id":"number","record_type":"text","status":"text","summary":"text","timestamp":"datetime","user":"fk"},
}

/** The field filters each stats endpoint declares in the spec. */
export const statsFilters: Readonly<Record<StatsName, FieldFilters>> = {
  "Grant": {"agency":"text","amount":"number","description":"text","end_date":"date","grant_number":"text","id":"number","pi":"text","start_date":"date","team":"fk","title":"text"},
  "Notification": {"id":"number","message_html":"text","message_text":"text","notification_type":"text","read":"boolean","subject":"text","time":"datetime","user":"fk"},
  "Publication": {"abstract":"text","doi":"text","id":"number","issue":"text","journal":"text","published":"date","submitted":"date","team":"fk","title":"text","volume":"text"},
  "Request": {"active":"date","description":"text","expire":"date","id":"number","status":"text","submitted":"datetime","submitter":"fk","team":"fk","title":"text"},
}
