/**
 * `keystone-api-react/client`: the framework-free Keystone client (no React).
 * @packageDocumentation
 */
export { KeystoneClient } from './keystoneClient.ts'
export type { KeystoneUser, KeystoneConfig, BatchAction, BatchStepResult, BatchOptions } from './keystoneClient.ts'
export { HttpClient } from './httpClient.ts'
export type { KeystoneClientOptions, RequestOptions, SessionKey, WriteOptions } from './httpClient.ts'
export type { CallOptions, CreateOptions, ByPk, WithData, DeleteArgs, Retrieve, GeneratedMethods } from './methods.ts'
export { assertOk } from './http.ts'
export type { KeystoneLogger, LogContext } from './http.ts'
export { buildQuery } from './query.ts'
export type { ListQuery, ListParams, FilterValue, QueryInput } from './query.ts'
export { normalizeBaseUrl, toEndpoint } from './url.ts'
export { resources, choices, stats, endpoints, resourceOperations } from './resources.ts'
export { can, permissions, rolesOf } from './permissions.ts'
export type { Action, ActionOf, ClusterAccess, PermissionTarget, PermissionUser, TeamRoleCode } from './permissions.ts'
export type {
  ResourceSpec,
  ResourceOps,
  Operation,
  ResourceName,
  ChoicesName,
  StatsName,
  ResourcesWith,
  DetailResource,
  PatchableResource,
  CrudResource,
  PageOf,
  RecordOf,
  CreateBodyOf,
  ReplaceBodyOf,
  PatchBodyOf,
  UpdatedRecordOf,
  FiltersOf,
  StatsFiltersOf,
  StatsOf,
  ChoicesOf,
  OrderOf,
} from './resources.ts'
export type { components, paths, operations } from './schema.ts'
export { KeystoneError } from './errors/KeystoneError.ts'
export { KeystoneHttpError } from './errors/KeystoneHttpError.ts'
export type { FieldErrors } from './errors/KeystoneHttpError.ts'
export { KeystoneNetworkError } from './errors/KeystoneNetworkError.ts'
export { KeystoneTimeoutError } from './errors/KeystoneTimeoutError.ts'
export { KeystoneAbortError } from './errors/KeystoneAbortError.ts'
export { KeystoneRedirectError } from './errors/KeystoneRedirectError.ts'
export { KeystoneResponseError } from './errors/KeystoneResponseError.ts'
export { KeystoneValidationError } from './errors/KeystoneValidationError.ts'
export type { ValidationIssue } from './errors/KeystoneValidationError.ts'
export { KeystoneBatchError } from './errors/KeystoneBatchError.ts'
export type { SentRequest } from './errors/SentRequest.ts'
export {
  isKeystoneError,
  isKeystoneHttpError,
  isKeystoneNetworkError,
  isKeystoneTimeoutError,
  isKeystoneAbortError,
  isKeystoneValidationError,
  isKeystoneBatchError,
  isKeystoneRedirectError,
  isKeystoneResponseError,
} from './errors/guards.ts'
