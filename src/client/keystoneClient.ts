import type { CallOptions, CreateOptions, DeleteArgs, WithData } from './callOptions.ts'
import { Connection } from './connection.ts'
import type { GeneratedMethods } from './generatedMethods.ts'
import { HttpClient } from './httpClient.ts'
import type { KeystoneOperations } from './keystoneOperations.ts'
import {
  batch,
  choices,
  create,
  getConfig,
  getHealth,
  getHealthJson,
  getHealthProm,
  getVersion,
  isAuthenticated,
  list,
  login,
  logout,
  remove,
  replace,
  retrieve,
  retrieveAll,
  stats,
  update,
  whoami,
} from './operations.ts'
import type { ListParams, ListQuery } from './query.ts'
import {
  choices as choicePaths,
  type ChoicesName,
  type CrudResource,
  resourceOperations,
  resources,
  stats as statsPaths,
  type StatsFiltersOf,
  type StatsName,
} from './resources.ts'

export type { BatchAction, BatchOptions, BatchStepResult, KeystoneConfig, KeystoneOperations, KeystoneUser } from './keystoneOperations.ts'

/** Each method of `KeystoneClient` by the operation function it calls with the client first; `satisfies` keeps it complete. */
const functions = {
  login,
  logout,
  whoami,
  isAuthenticated,
  list,
  retrieve,
  retrieveAll,
  create,
  update,
  replace,
  delete: remove,
  choices,
  stats,
  getConfig,
  getVersion,
  getHealth,
  getHealthJson,
  getHealthProm,
  batch,
} satisfies { [TName in keyof KeystoneOperations]: KeystoneOperations<HttpClient>[TName] }

type Method = (this: KeystoneClient, ...args: never[]) => unknown

/**
 * Adds the API's methods to `Base`: each operation function as its method (`client.list(...)`
 * is `list(client, ...)`), then the named methods of every resource (`listClusters`,
 * `retrieveCluster`, `createCluster`...) in one loop over the table, so a row costs no code.
 * Called as a pure expression, so a bundle that never uses `KeystoneClient` (a dashboard using
 * only the hooks) drops it with every method.
 */
function withMethods(Base: typeof HttpClient): typeof HttpClient {
  const proto = Base.prototype as unknown as Record<string, Method>
  for (const [name, operation] of Object.entries(functions)) {
    const call = operation as (client: HttpClient, ...args: unknown[]) => unknown
    proto[name] = function (...args: unknown[]) {
      return call(this, ...args)
    }
  }
  for (const [name, { one, many, ops }] of Object.entries(resources)) {
    const r = name as CrudResource
    const allowed = resourceOperations[ops]
    proto[`list${many}`] = function (params?: ListParams, options?: CallOptions) {
      return list(this, r, params as ListParams<typeof r>, options)
    }
    proto[`retrieve${one}`] = function (query?: ListQuery & { pk?: number }, options?: CallOptions) {
      return typeof query === 'object' && query !== null && 'pk' in query
        ? retrieve(this, r, query.pk as number, options)
        : retrieveAll(this, r, query as ListQuery<typeof r>, options)
    }
    if (allowed.includes('create')) {
      proto[`create${one}`] = function (data: never, options?: CreateOptions) {
        return create(this, r, data, options)
      }
    }
    if (allowed.includes('replace')) {
      proto[`replace${one}`] = function (args: WithData<never>, options?: CallOptions) {
        return replace(this, r, args?.pk, args?.data, options)
      }
    }
    if (allowed.includes('delete')) {
      proto[`delete${one}`] = function (args: DeleteArgs, options?: CallOptions) {
        return remove(this, r, args?.pk, args, options)
      }
    }
    if (allowed.includes('update')) {
      proto[`update${one}`] = function (args: WithData<never>, options?: CallOptions) {
        return update(this, r, args?.pk, args?.data, options)
      }
    }
  }
  for (const name of Object.keys(choicePaths)) {
    proto[`get${name}Choices`] = function (options?: CallOptions) {
      return choices(this, name as ChoicesName, options)
    }
  }
  for (const name of Object.keys(statsPaths)) {
    proto[`get${name}Stats`] = function (filters?: StatsFiltersOf<StatsName>, options?: CallOptions) {
      return stats(this, name as StatsName, filters, options)
    }
  }
  return Base
}

const WithMethods: typeof HttpClient = /* @__PURE__ */ withMethods(class KeystoneMethods extends HttpClient {})

/**
 * Framework-free client of the Keystone API, on axios, for browsers and Node: the Python
 * client's `KeystoneClient` in TypeScript, with typed CRUD methods for every resource.
 *
 * @example
 * const client = new KeystoneClient({ url: 'https://keystone.example.edu/api/' })
 * await client.login({ username: 'ada', password: '...' })
 * const clusters = await client.retrieveCluster({ filters: { enabled: true }, order: 'name' })
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class KeystoneClient extends WithMethods {
  /**
   * The `KeystoneClient` of a client or connection: `source` itself when it is one, else the one
   * client made for its connection (made on the first call, so every caller shares it), with the
   * same CID, credentials, session and `close()`.
   */
  static from(source: HttpClient | Connection): KeystoneClient {
    if (source instanceof KeystoneClient) return source
    const connection = source instanceof Connection ? source : source.connection
    return (connection.keystoneClient ??= new KeystoneClient(connection))
  }
}

// The methods live on the prototype (see `withMethods`); this merge types them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface KeystoneClient extends KeystoneOperations, GeneratedMethods {}
