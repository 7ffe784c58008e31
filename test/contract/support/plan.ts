import { choices, endpoints, type ResourceName, resources, stats } from 'keystone-api-react/client'
import type { SpecOperation } from './spec.ts'

/** What a step does to the server: reads, opens or closes the session, or writes. */
export type Access = 'read' | 'session' | 'write'

/** Which library call exercises an operation. */
export type Call =
  | { readonly kind: 'list' | 'retrieve' | 'create' | 'update' | 'replace' | 'delete'; readonly resource: ResourceName }
  | { readonly kind: 'choices' | 'stats'; readonly name: string }
  | { readonly kind: keyof typeof endpoints }

/** One operation of the spec, the call that exercises it and when it runs. */
export interface Step {
  readonly operation: SpecOperation
  readonly call: Call
  readonly access: Access
  /** Name of the client method called, for test names. */
  readonly label: string
}

/** Parents before children, so each created record can point at created ones (a live server starts empty). */
export const CREATE_ORDER: readonly ResourceName[] = ['teams', 'users', 'clusters', 'memberships', 'requests', 'allocations', 'reviews', 'comments', 'attachments', 'grants', 'publications', 'preferences']

const DETAIL_CALLS: Record<string, Call['kind']> = { GET: 'retrieve', PUT: 'replace', PATCH: 'update', DELETE: 'delete' }
// Retrievals follow the creates, so a live server that starts empty has a record to read.
const PHASES = ['login', 'read', 'create', 'retrieve', 'update', 'replace', 'batch', 'delete', 'logout'] as const

function resourceCall(operation: SpecOperation): Call | undefined {
  for (const [name, { path }] of Object.entries(resources) as [ResourceName, { path: string }][]) {
    if (operation.path === `/${path}`) return operation.method === 'GET' ? { kind: 'list', resource: name } : operation.method === 'POST' ? { kind: 'create', resource: name } : undefined
    const kind = DETAIL_CALLS[operation.method]
    if (operation.path === `/${path}{id}/` && kind) return { kind, resource: name } as Call
  }
  return undefined
}

/** The library call that exercises an operation, or undefined when the library has none. */
export function callOf(operation: SpecOperation): Call | undefined {
  const relative = operation.path.slice(1)
  const named = (table: Record<string, string>): string | undefined => Object.keys(table).find((key) => table[key] === relative)
  if (operation.method === 'GET' && named(choices)) return { kind: 'choices', name: named(choices)! }
  if (operation.method === 'GET' && named(stats)) return { kind: 'stats', name: named(stats)! }
  const endpoint = named(endpoints) as keyof typeof endpoints | undefined
  if (endpoint) return { kind: endpoint }
  return resourceCall(operation)
}

/** Client method name of a call, e.g. `listClusters`, `getGrantStats`, `login`. */
export function labelOf(call: Call): string {
  if ('resource' in call) {
    const { one, many } = resources[call.resource]
    return call.kind === 'list' ? `list${many}` : `${call.kind}${one}`
  }
  if ('name' in call) return call.kind === 'choices' ? `get${call.name}Choices` : `get${call.name}Stats`
  const methods: Record<string, string> = { healthJson: 'getHealthJson', healthProm: 'getHealthProm', config: 'getConfig', version: 'getVersion', health: 'getHealth' }
  return methods[call.kind] ?? call.kind
}

/** Reads are GETs; login and logout only open and close the session; everything else writes. */
export function accessOf(operation: SpecOperation): Access {
  if (operation.method === 'GET') return 'read'
  return operation.path === `/${endpoints.login}` || operation.path === `/${endpoints.logout}` ? 'session' : 'write'
}

function phaseOf(call: Call): number {
  if (call.kind === 'login' || call.kind === 'logout' || call.kind === 'batch') return PHASES.indexOf(call.kind)
  const phase = PHASES.indexOf(call.kind as (typeof PHASES)[number])
  return phase === -1 ? PHASES.indexOf('read') : phase
}

function rank(step: Step): number {
  if (!('resource' in step.call) || step.call.kind === 'list' || step.call.kind === 'retrieve') return 0
  const index = CREATE_ORDER.indexOf(step.call.resource)
  const position = index === -1 ? CREATE_ORDER.length : index
  return step.call.kind === 'delete' ? -position : position
}

/**
 * Steps for the operations of a spec, one per operation, in an order that works on an empty
 * server: log in, list and read, create parents before children, retrieve, update, replace,
 * batch, delete children before parents, log out.
 * @throws {Error} naming the operations the library has no call for.
 */
export function planSteps(operations: readonly SpecOperation[]): Step[] {
  const missing = operations.filter((operation) => !callOf(operation)).map((operation) => operation.key)
  if (missing.length) throw new Error(`The library has no call for: ${missing.join(', ')}`)
  const steps = operations.map((operation) => {
    const call = callOf(operation)!
    return { operation, call, access: accessOf(operation), label: labelOf(call) }
  })
  return steps.sort((a, b) => phaseOf(a.call) - phaseOf(b.call) || rank(a) - rank(b))
}

/** The steps a run may take: all of them, or only reads and the session ones without `writes`. */
export function selectSteps(steps: readonly Step[], { writes }: { writes: boolean }): Step[] {
  return steps.filter((step) => writes || step.access !== 'write')
}
