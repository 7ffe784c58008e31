'use client'
/**
 * keystone-api-react: typed React hooks and a framework-free client for the Keystone API.
 * The client alone (no React) is the subpath `keystone-api-react/client`.
 * @packageDocumentation
 */
// Everything the framework-free client exports (`keystone-api-react/client`).
export * from './client/index.ts'
export { KeystoneProvider } from './provider/KeystoneProvider.tsx'
export type { KeystoneProviderProps } from './provider/KeystoneProvider.tsx'
export type { KeystoneSession, SessionStatus, SessionTeam } from './provider/KeystoneContext.ts'
export { useSession, useIsAuthenticated, useKeystoneClient } from './provider/useSession.ts'
export { useCan, useTeamRole } from './hooks/permissionHooks.ts'
export { createKeystoneQueryClient, isRetryableError, keystoneRetry, keystoneRetryDelay } from './provider/createKeystoneQueryClient.ts'
export { useLogin, useLogout, useWhoAmI } from './hooks/sessionHooks.ts'
export type { Credentials, LoginResult } from './hooks/sessionHooks.ts'
export { keystoneKeys } from './internal/queryKeys.ts'
export type { KeystoneKeys, ServerRef } from './internal/queryKeys.ts'
export { keystoneQueries, resourceQueries } from './hooks/keystoneQueries.ts'
export type { KeystoneQueries, ResourceQueries } from './hooks/keystoneQueries.ts'
export { keystoneMutations } from './hooks/keystoneMutations.ts'
export type { KeystoneMutations, WriteSettings, DeleteVariables } from './hooks/keystoneMutations.ts'
export { usePendingWrites, usePendingWritesGuard } from './hooks/usePendingWrites.ts'
export type { PendingWrite, WriteKind } from './hooks/pendingWrites.ts'
export { getFieldErrors } from './hooks/fieldErrors.ts'
export type { FormErrors } from './hooks/fieldErrors.ts'
export type { KeystoneMutationResult } from './hooks/useKeystoneMutation.ts'
export { useUploadAttachment } from './hooks/useUploadAttachment.ts'
export type { UploadProgress, UploadResult } from './hooks/useUploadAttachment.ts'
export { useBatch, batchMutation, resourcesTouched } from './hooks/useBatch.ts'
export type { BatchVariables } from './hooks/useBatch.ts'
export { useConfig, useVersion, useHealth } from './hooks/serverHooks.ts'
export type { ChoicesHook, StatsHook } from './hooks/serverHooks.ts'
export type { ListHook, DetailHook, WriteHook } from './hooks/createResourceHooks.ts'
export type { InfiniteHook } from './hooks/infiniteHook.ts'
export type { ByIdsHook, ByIdsOptions, ByIdsResult } from './hooks/byIdsHook.ts'
export type {
  ServerKey,
  SessionScopeKey,
  KeystoneKey,
  ListKey,
  InfiniteKey,
  DetailKey,
  KeystoneQueryOptions,
  KeystoneInfiniteOptions,
  QueryHookOptions,
  InfiniteHookOptions,
  KeystoneMutationOptions,
  MutationHookOptions,
} from './hooks/types.ts'
export {
  allocationQueries,
  attachmentQueries,
  clusterQueries,
  commentQueries,
  requestQueries,
  reviewQueries,
  grantQueries,
  publicationQueries,
  userQueries,
  teamQueries,
  membershipQueries,
  notificationQueries,
  preferenceQueries,
  auditLogQueries,
  requestLogQueries,
  taskLogQueries,
  feedQueries,
} from './hooks/resourceQueries.ts'
export {
  useAllocations,
  useInfiniteAllocations,
  useAllocation,
  useAllocationsByIds,
  useCreateAllocation,
  useUpdateAllocation,
  useReplaceAllocation,
  useDeleteAllocation,
  useAttachments,
  useInfiniteAttachments,
  useAttachment,
  useAttachmentsByIds,
  useCreateAttachment,
  useUpdateAttachment,
  useReplaceAttachment,
  useDeleteAttachment,
  useClusters,
  useInfiniteClusters,
  useCluster,
  useClustersByIds,
  useCreateCluster,
  useUpdateCluster,
  useReplaceCluster,
  useDeleteCluster,
  useComments,
  useInfiniteComments,
  useComment,
  useCommentsByIds,
  useCreateComment,
  useUpdateComment,
  useReplaceComment,
  useDeleteComment,
  useRequests,
  useInfiniteRequests,
  useRequest,
  useRequestsByIds,
  useCreateRequest,
  useUpdateRequest,
  useReplaceRequest,
  useDeleteRequest,
  useReviews,
  useInfiniteReviews,
  useReview,
  useReviewsByIds,
  useCreateReview,
  useUpdateReview,
  useReplaceReview,
  useDeleteReview,
  useGrants,
  useInfiniteGrants,
  useGrant,
  useGrantsByIds,
  useCreateGrant,
  useUpdateGrant,
  useReplaceGrant,
  useDeleteGrant,
  usePublications,
  useInfinitePublications,
  usePublication,
  usePublicationsByIds,
  useCreatePublication,
  useUpdatePublication,
  useReplacePublication,
  useDeletePublication,
  useUsers,
  useInfiniteUsers,
  useUser,
  useUsersByIds,
  useCreateUser,
  useUpdateUser,
  useReplaceUser,
  useDeleteUser,
  useTeams,
  useInfiniteTeams,
  useTeam,
  useTeamsByIds,
  useCreateTeam,
  useUpdateTeam,
  useReplaceTeam,
  useDeleteTeam,
  useMemberships,
  useInfiniteMemberships,
  useMembership,
  useMembershipsByIds,
  useCreateMembership,
  useUpdateMembership,
  useReplaceMembership,
  useDeleteMembership,
  useNotifications,
  useInfiniteNotifications,
  useNotification,
  useNotificationsByIds,
  useUpdateNotification,
  usePreferences,
  useInfinitePreferences,
  usePreference,
  usePreferencesByIds,
  useCreatePreference,
  useUpdatePreference,
  useReplacePreference,
  useDeletePreference,
  useAuditLogs,
  useInfiniteAuditLogs,
  useAuditLog,
  useAuditLogsByIds,
  useRequestLogs,
  useInfiniteRequestLogs,
  useRequestLog,
  useRequestLogsByIds,
  useTaskLogs,
  useInfiniteTaskLogs,
  useTaskLog,
  useTaskLogsByIds,
  useFeed,
  useInfiniteFeed,
  useClusterAccessModeChoices,
  useRequestStatusChoices,
  useReviewStatusChoices,
  useNotificationTypeChoices,
  useMembershipRoleChoices,
  useGrantStats,
  useNotificationStats,
  usePublicationStats,
  useRequestStats,
} from './hooks/resourceHooks.ts'
