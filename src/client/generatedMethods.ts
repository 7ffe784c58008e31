import type { ByPk, CallOptions, CreateOptions, DeleteArgs, WithData } from './callOptions.ts'
import type { ListParams, ListQuery } from './query.ts'
import type {
  ChoicesName,
  ChoicesOf,
  CreateBodyOf,
  CrudResource,
  DetailResource,
  PageOf,
  PatchableResource,
  PatchBodyOf,
  RecordOf,
  ReplaceBodyOf,
  ResourceName,
  resources,
  StatsFiltersOf,
  StatsName,
  StatsOf,
  UpdatedRecordOf,
} from './resources.ts'

type Table = typeof resources
type One<R extends ResourceName> = Table[R]['one']
type Many<R extends ResourceName> = Table[R]['many']

/** `retrieve*`: one record by `pk` (or `null` on 404), or every matching record. */
export interface Retrieve<R extends ResourceName> {
  (query: ByPk, options?: CallOptions): Promise<RecordOf<R> | null>
  (query?: ListQuery<R>, options?: CallOptions): Promise<RecordOf<R>[]>
}

type ListMethods = {
  [R in ResourceName as `list${Many<R>}`]: (params?: ListParams<R>, options?: CallOptions) => Promise<PageOf<R>>
}
type RetrieveMethods = {
  [R in ResourceName as `retrieve${One<R>}`]: R extends DetailResource
    ? Retrieve<R>
    : (query?: ListQuery<R>, options?: CallOptions) => Promise<RecordOf<R>[]>
}
type CreateMethods = {
  [R in CrudResource as `create${One<R>}`]: (data: CreateBodyOf<R>, options?: CreateOptions) => Promise<RecordOf<R>>
}
type UpdateMethods = {
  [R in PatchableResource as `update${One<R>}`]: (
    args: WithData<PatchBodyOf<R>>,
    options?: CallOptions,
  ) => Promise<UpdatedRecordOf<R>>
}
type ReplaceMethods = {
  [R in CrudResource as `replace${One<R>}`]: (
    args: WithData<ReplaceBodyOf<R>>,
    options?: CallOptions,
  ) => Promise<UpdatedRecordOf<R>>
}
type DeleteMethods = {
  [R in CrudResource as `delete${One<R>}`]: (args: DeleteArgs, options?: CallOptions) => Promise<void>
}
type ChoicesMethods = {
  [C in ChoicesName as `get${C}Choices`]: (options?: CallOptions) => Promise<ChoicesOf<C>>
}
type StatsMethods = {
  [S in StatsName as `get${S}Stats`]: (filters?: StatsFiltersOf<S>, options?: CallOptions) => Promise<StatsOf<S>>
}

/**
 * The named methods made from the resource table: `listClusters`, `retrieveCluster`,
 * `createCluster`, `updateCluster`, `replaceCluster`, `deleteCluster`, `getClusterAccessModeChoices`,
 * `getGrantStats`... Each resource has exactly the methods the spec allows.
 */
export type GeneratedMethods = ListMethods &
  RetrieveMethods &
  CreateMethods &
  UpdateMethods &
  ReplaceMethods &
  DeleteMethods &
  ChoicesMethods &
  StatsMethods
