// Generated from the Keystone openapi.yml by test/testing/support/specTable.ts: do not edit.
// test/testing/specTable.test.ts fails when it drifts; run it with UPDATE_SPEC_TABLE=1 to rewrite it.
import type { SpecTable } from './types.ts'

/** Request body rules of every resource and the choices, taken from the spec (filters: src/client/filters.gen.ts). */
export const specTable: SpecTable = {
  "resources": {
    "allocations": {
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
      "create": {
        "is_active": {"type":"boolean"},
        "name": {"type":"string","minLength":1,"maxLength":255,"required":true},
      },
      "update": {
        "is_active": {"type":"boolean"},
      },
    },
    "memberships": {
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
      "update": {
        "read": {"type":"boolean"},
      },
    },
    "preferences": {
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
    "auditLogs": {},
    "requestLogs": {},
    "taskLogs": {},
    "feed": {},
  },
  "choices": {
    "ClusterAccessMode": {"WL":"Whitelist","BL":"Blacklist","OP":"Open"},
    "RequestStatus": {"PD":"Pending","AP":"Approved","DC":"Declined","CR":"Changes Requested"},
    "ReviewStatus": {"AP":"Approved","DC":"Declined","CR":"Changes Requested"},
    "NotificationType": {"GM":"General Message","RE":"Upcoming Request Expiration","RD":"Request Past Expiration"},
    "MembershipRole": {"OW":"Owner","AD":"Admin","MB":"Member"},
  },
}
