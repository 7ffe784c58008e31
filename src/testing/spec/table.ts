// Generated from the Keystone openapi.yml by test/testing/support/specTable.ts: do not edit.
// test/testing/specTable.test.ts fails when it drifts; run it with UPDATE_SPEC_TABLE=1 to rewrite it.
import type { SpecTable } from './types.ts'

/** Filters and request body rules of every resource, taken from the spec. */
export const specTable: SpecTable = {
  "resources": {
    "allocations": {
      "filters": {"awarded":"number","cluster":"fk","final":"number","id":"number","request":"fk","requested":"number"},
      "create": {
        "requested": {"type":"integer","format":"int64","required":true},
        "awarded": {"type":"integer","format":"int64","nullable":true},
        "final": {"type":"integer","format":"int64","nullable":true},
        "cluster": {"type":"integer","required":true},
        "request": {"type":"integer","required":true},
      },
      "update": {
        "requested": {"type":"integer","format":"int64","required":true},
        "awarded": {"type":"integer","format":"int64","nullable":true},
        "final": {"type":"integer","format":"int64","nullable":true},
        "cluster": {"type":"integer","required":true},
        "request": {"type":"integer","required":true},
      },
    },
    "attachments": {
      "filters": {"id":"number","name":"text","request":"fk","uploaded":"datetime"},
      "create": {
        "file": {"type":"string","format":"binary","required":true},
        "name": {"type":"string","minLength":1},
        "request": {"type":"integer","required":true},
      },
      "update": {
        "file": {"type":"string","format":"binary","required":true},
        "name": {"type":"string","minLength":1},
        "request": {"type":"integer","required":true},
      },
    },
    "clusters": {
      "filters": {"access_mode":"text","description":"text","enabled":"boolean","id":"number","name":"text"},
      "create": {
        "name": {"type":"string","minLength":1,"maxLength":50,"required":true},
        "description": {"type":"string","nullable":true,"maxLength":150},
        "enabled": {"type":"boolean"},
        "access_mode": {"type":"string","enum":["WL","BL","OP"]},
        "access_teams": {"type":"array","items":"integer"},
      },
      "update": {
        "name": {"type":"string","minLength":1,"maxLength":50,"required":true},
        "description": {"type":"string","nullable":true,"maxLength":150},
        "enabled": {"type":"boolean"},
        "access_mode": {"type":"string","enum":["WL","BL","OP"]},
        "access_teams": {"type":"array","items":"integer"},
      },
    },
    "comments": {
      "filters": {"content":"text","created":"datetime","id":"number","private":"boolean","request":"fk","user":"fk"},
      "create": {
        "user": {"type":"integer"},
        "content": {"type":"string","minLength":1,"maxLength":2000,"required":true},
        "private": {"type":"boolean"},
        "request": {"type":"integer","required":true},
      },
      "update": {
        "user": {"type":"integer"},
        "content": {"type":"string","minLength":1,"maxLength":2000,"required":true},
        "private": {"type":"boolean"},
        "request": {"type":"integer","required":true},
      },
    },
    "requests": {
      "filters": {"active":"date","description":"text","expire":"date","id":"number","status":"text","submitted":"datetime","submitter":"fk","team":"fk","title":"text"},
      "create": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "description": {"type":"string","minLength":1,"maxLength":20000,"required":true},
        "active": {"type":"string","format":"date","nullable":true},
        "expire": {"type":"string","format":"date","nullable":true},
        "status": {"type":"string","enum":["PD","AP","DC","CR"]},
        "submitter": {"type":"integer","required":true},
        "team": {"type":"integer","required":true},
        "assignees": {"type":"array","items":"integer"},
        "publications": {"type":"array","items":"integer"},
        "grants": {"type":"array","items":"integer"},
      },
      "update": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "description": {"type":"string","minLength":1,"maxLength":20000,"required":true},
        "active": {"type":"string","format":"date","nullable":true},
        "expire": {"type":"string","format":"date","nullable":true},
        "status": {"type":"string","enum":["PD","AP","DC","CR"]},
        "submitter": {"type":"integer","required":true},
        "team": {"type":"integer","required":true},
        "assignees": {"type":"array","items":"integer"},
        "publications": {"type":"array","items":"integer"},
        "grants": {"type":"array","items":"integer"},
      },
    },
    "reviews": {
      "filters": {"id":"number","request":"fk","reviewer":"fk","status":"text","submitted":"datetime"},
      "create": {
        "status": {"type":"string","enum":["AP","DC","CR"],"required":true},
        "request": {"type":"integer","required":true},
        "reviewer": {"type":"integer"},
      },
      "update": {
        "status": {"type":"string","enum":["AP","DC","CR"],"required":true},
        "request": {"type":"integer","required":true},
        "reviewer": {"type":"integer"},
      },
    },
    "grants": {
      "filters": {"agency":"text","amount":"number","description":"text","end_date":"date","grant_number":"text","id":"number","pi":"text","start_date":"date","team":"fk","title":"text"},
      "create": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "agency": {"type":"string","minLength":1,"maxLength":100,"required":true},
        "pi": {"type":"string","nullable":true,"maxLength":100},
        "amount": {"type":"string","format":"decimal","pattern":"^-?\\d{0,12}(?:\\.\\d{0,2})?$","required":true},
        "grant_number": {"type":"string","nullable":true,"maxLength":250},
        "start_date": {"type":"string","format":"date","required":true},
        "end_date": {"type":"string","format":"date","nullable":true},
        "description": {"type":"string","nullable":true},
        "team": {"type":"integer","required":true},
      },
      "update": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "agency": {"type":"string","minLength":1,"maxLength":100,"required":true},
        "pi": {"type":"string","nullable":true,"maxLength":100},
        "amount": {"type":"string","format":"decimal","pattern":"^-?\\d{0,12}(?:\\.\\d{0,2})?$","required":true},
        "grant_number": {"type":"string","nullable":true,"maxLength":250},
        "start_date": {"type":"string","format":"date","required":true},
        "end_date": {"type":"string","format":"date","nullable":true},
        "description": {"type":"string","nullable":true},
        "team": {"type":"integer","required":true},
      },
    },
    "publications": {
      "filters": {"abstract":"text","doi":"text","id":"number","issue":"text","journal":"text","published":"date","submitted":"date","team":"fk","title":"text","volume":"text"},
      "create": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "abstract": {"type":"string","nullable":true},
        "published": {"type":"string","format":"date","nullable":true},
        "submitted": {"type":"string","format":"date","nullable":true},
        "journal": {"type":"string","nullable":true,"maxLength":100},
        "doi": {"type":"string","nullable":true,"maxLength":50},
        "volume": {"type":"string","nullable":true,"maxLength":20},
        "issue": {"type":"string","nullable":true,"maxLength":20},
        "team": {"type":"integer","required":true},
      },
      "update": {
        "title": {"type":"string","minLength":1,"maxLength":250,"required":true},
        "abstract": {"type":"string","nullable":true},
        "published": {"type":"string","format":"date","nullable":true},
        "submitted": {"type":"string","format":"date","nullable":true},
        "journal": {"type":"string","nullable":true,"maxLength":100},
        "doi": {"type":"string","nullable":true,"maxLength":50},
        "volume": {"type":"string","nullable":true,"maxLength":20},
        "issue": {"type":"string","nullable":true,"maxLength":20},
        "team": {"type":"integer","required":true},
      },
    },
    "users": {
      "filters": {"date_joined":"datetime","department":"text","email":"text","first_name":"text","id":"number","is_active":"boolean","is_ldap_user":"boolean","is_staff":"boolean","is_superuser":"boolean","last_login":"datetime","last_name":"text","password":"text","role":"text","username":"text"},
      "create": {
        "is_superuser": {"type":"boolean"},
        "username": {"type":"string","minLength":1,"maxLength":150,"pattern":"^[\\w.@+-]+$","required":true},
        "password": {"type":"string","minLength":1,"maxLength":128,"required":true},
        "first_name": {"type":"string","nullable":true,"maxLength":150},
        "last_name": {"type":"string","nullable":true,"maxLength":150},
        "email": {"type":"string","format":"email","nullable":true,"maxLength":254},
        "department": {"type":"string","nullable":true,"maxLength":1000},
        "role": {"type":"string","nullable":true,"maxLength":1000},
        "is_active": {"type":"boolean"},
        "is_staff": {"type":"boolean"},
        "is_ldap_user": {"type":"boolean"},
        "groups": {"type":"array","items":"integer"},
        "user_permissions": {"type":"array","items":"integer"},
      },
      "update": {
        "is_superuser": {"type":"boolean"},
        "username": {"type":"string","minLength":1,"maxLength":150,"pattern":"^[\\w.@+-]+$","required":true},
        "password": {"type":"string","minLength":1,"maxLength":128,"required":true},
        "first_name": {"type":"string","nullable":true,"maxLength":150},
        "last_name": {"type":"string","nullable":true,"maxLength":150},
        "email": {"type":"string","format":"email","nullable":true,"maxLength":254},
        "department": {"type":"string","nullable":true,"maxLength":1000},
        "role": {"type":"string","nullable":true,"maxLength":1000},
        "is_active": {"type":"boolean"},
        "is_staff": {"type":"boolean"},
        "is_ldap_user": {"type":"boolean"},
        "groups": {"type":"array","items":"integer"},
        "user_permissions": {"type":"array","items":"integer"},
      },
    },
    "teams": {
      "filters": {"id":"number","is_active":"boolean","name":"text","slug":"text"},
      "create": {
        "is_active": {"type":"boolean"},
        "name": {"type":"string","minLength":1,"maxLength":255,"required":true},
      },
      "update": {
        "is_active": {"type":"boolean"},
      },
    },
    "memberships": {
      "filters": {"id":"number","role":"text","team":"fk","user":"fk"},
      "create": {
        "role": {"type":"string","enum":["OW","AD","MB"],"required":true},
        "user": {"type":"integer","required":true},
        "team": {"type":"integer","required":true},
      },
      "update": {
        "role": {"type":"string","enum":["OW","AD","MB"],"required":true},
        "user": {"type":"integer","required":true},
        "team": {"type":"integer","required":true},
      },
    },
    "notifications": {
      "filters": {"id":"number","message_html":"text","message_text":"text","notification_type":"text","read":"boolean","subject":"text","time":"datetime","user":"fk"},
      "update": {
        "read": {"type":"boolean"},
      },
    },
    "preferences": {
      "filters": {"id":"number","notify_on_expiration":"boolean"},
      "create": {
        "request_expiry_thresholds": {"type":"any"},
        "notify_on_expiration": {"type":"boolean"},
        "user": {"type":"integer"},
      },
      "update": {
        "request_expiry_thresholds": {"type":"any"},
        "notify_on_expiration": {"type":"boolean"},
        "user": {"type":"integer"},
      },
    },
    "auditLogs": {
      "filters": {"action":"number","actor":"fk","actor_email":"text","changes_text":"text","cid":"text","content_type":"fk","id":"number","object_id":"number","object_pk":"text","object_repr":"text","remote_addr":"plain","remote_port":"number","timestamp":"datetime"},
    },
    "requestLogs": {
      "filters": {"cid":"text","endpoint":"text","id":"number","method":"text","remote_address":"text","response_code":"number","timestamp":"datetime","user":"fk"},
    },
    "taskLogs": {
      "filters": {"content_encoding":"text","content_type":"text","date_created":"datetime","date_done":"datetime","date_started":"datetime","id":"number","meta":"text","periodic_task_name":"text","result":"text","status":"text","task_args":"text","task_id":"text","task_kwargs":"text","task_name":"text","traceback":"text","worker":"text"},
    },
    "feed": {
      "filters": {"cid":"text","id":"text","record_id":"number","record_type":"text","status":"text","summary":"text","timestamp":"datetime","user":"fk"},
    },
  },
  "stats": {
    "Grant": {"agency":"text","amount":"number","description":"text","end_date":"date","grant_number":"text","id":"number","pi":"text","start_date":"date","team":"fk","title":"text"},
    "Notification": {"id":"number","message_html":"text","message_text":"text","notification_type":"text","read":"boolean","subject":"text","time":"datetime","user":"fk"},
    "Publication": {"abstract":"text","doi":"text","id":"number","issue":"text","journal":"text","published":"date","submitted":"date","team":"fk","title":"text","volume":"text"},
    "Request": {"active":"date","description":"text","expire":"date","id":"number","status":"text","submitted":"datetime","submitter":"fk","team":"fk","title":"text"},
  },
  "choices": {
    "ClusterAccessMode": {"WL":"Whitelist","BL":"Blacklist","OP":"Open"},
    "RequestStatus": {"PD":"Pending","AP":"Approved","DC":"Declined","CR":"Changes Requested"},
    "ReviewStatus": {"AP":"Approved","DC":"Declined","CR":"Changes Requested"},
    "NotificationType": {"GM":"General Message","RE":"Upcoming Request Expiration","RD":"Request Past Expiration"},
    "MembershipRole": {"OW":"Owner","AD":"Admin","MB":"Member"},
  },
}
