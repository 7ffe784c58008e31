import { resourceQueries, type ResourceQueries } from './keystoneQueries.ts'

// The query factories of each resource (from the resource table), for prefetching and suspense.

/** Query factories of allocations: `allocationQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const allocationQueries: ResourceQueries<'allocations'> = /* @__PURE__ */ resourceQueries('allocations')
/** Query factories of attachments: `attachmentQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const attachmentQueries: ResourceQueries<'attachments'> = /* @__PURE__ */ resourceQueries('attachments')
/** Query factories of clusters: `clusterQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const clusterQueries: ResourceQueries<'clusters'> = /* @__PURE__ */ resourceQueries('clusters')
/** Query factories of comments: `commentQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const commentQueries: ResourceQueries<'comments'> = /* @__PURE__ */ resourceQueries('comments')
/** Query factories of requests: `requestQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const requestQueries: ResourceQueries<'requests'> = /* @__PURE__ */ resourceQueries('requests')
/** Query factories of reviews: `reviewQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const reviewQueries: ResourceQueries<'reviews'> = /* @__PURE__ */ resourceQueries('reviews')
/** Query factories of grants: `grantQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const grantQueries: ResourceQueries<'grants'> = /* @__PURE__ */ resourceQueries('grants')
/** Query factories of publications: `publicationQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const publicationQueries: ResourceQueries<'publications'> = /* @__PURE__ */ resourceQueries('publications')
/** Query factories of users: `userQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const userQueries: ResourceQueries<'users'> = /* @__PURE__ */ resourceQueries('users')
/** Query factories of teams: `teamQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const teamQueries: ResourceQueries<'teams'> = /* @__PURE__ */ resourceQueries('teams')
/** Query factories of memberships: `membershipQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const membershipQueries: ResourceQueries<'memberships'> = /* @__PURE__ */ resourceQueries('memberships')
/** Query factories of notifications: `notificationQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const notificationQueries: ResourceQueries<'notifications'> = /* @__PURE__ */ resourceQueries('notifications')
/** Query factories of preferences: `preferenceQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const preferenceQueries: ResourceQueries<'preferences'> = /* @__PURE__ */ resourceQueries('preferences')
/** Query factories of auditLogs: `auditLogQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const auditLogQueries: ResourceQueries<'auditLogs'> = /* @__PURE__ */ resourceQueries('auditLogs')
/** Query factories of requestLogs: `requestLogQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const requestLogQueries: ResourceQueries<'requestLogs'> = /* @__PURE__ */ resourceQueries('requestLogs')
/** Query factories of taskLogs: `taskLogQueries.list(client, params)`, `.detail(client, pk)`, `.infinite(client, params)`. */
export const taskLogQueries: ResourceQueries<'taskLogs'> = /* @__PURE__ */ resourceQueries('taskLogs')
/** Query factories of feed: `feedQueries.list(client, params)`, `.infinite(client, params)`. */
export const feedQueries: ResourceQueries<'feed'> = /* @__PURE__ */ resourceQueries('feed')
