/**
 * `keystone-api-react/client`: the framework-free Keystone client (no React).
 * @packageDocumentation
 */
export { KeystoneClient } from './keystoneClient.ts'
export type { KeystoneUser, KeystoneConfig, BatchAction, BatchStepResult, BatchOptions, KeystoneOperations } from './keystoneClient.ts'
export { HttpClient } from './httpClient.ts'
export { Connection } from './connection.ts'
export type { HttpMethod, SessionKey } from './connection.ts'
export type { KeystoneClientOptions } from './keystoneClientOptions.ts'
export type { RequestOptions, WriteOptions } from './requestOptions.ts'
export type { KeystoneResponse } from './keystoneResponse.ts'
export type { CallOptions, CreateOptions, ByPk, WithData, DeleteArgs } from './callOptions.ts'
export type { Retrieve, GeneratedMethods } from './generatedMethods.ts'
export { assertOk } from './assertOk.ts'
export type { KeystoneLogger, LogContext } from './keystoneLogger.ts'
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
  OperationsOf,
  ResourcesAllowing,
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
export type { components, paths, operations } from './schema.gen.ts'
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
