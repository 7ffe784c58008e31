/** How a field is filtered: decides the operators it accepts and how values are parsed. */
export type { FilterKind } from '../../client/filterNames.ts'
import type { ChoicesName, ResourceName } from '../../client/resources.ts'

/** Validation rule of one request body field, as the spec declares it. */
export interface FieldRule {
  readonly type: string
  readonly format?: string
  readonly enum?: readonly string[]
  readonly nullable?: boolean
  readonly minLength?: number
  readonly maxLength?: number
  readonly pattern?: string
  readonly items?: string
  readonly required?: boolean
}

/** Body rules of a request schema, by field name. */
export type BodyRules = Readonly<Record<string, FieldRule>>

/** What the spec says about one resource. */
export interface ResourceTable {
  readonly create?: BodyRules
  readonly update?: BodyRules
}

/** The generated table: every resource and stats endpoint. */
export interface SpecTable {
  readonly resources: Readonly<Record<ResourceName, ResourceTable>>
  /** Choices endpoints: `{ code: label }`. */
  readonly choices: Readonly<Record<ChoicesName, Readonly<Record<string, string>>>>
}
