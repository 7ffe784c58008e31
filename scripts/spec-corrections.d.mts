/** One place where the server and its published spec disagree. */
export interface SpecCorrection {
  readonly pointer: string
  readonly merge: Readonly<Record<string, unknown>>
  readonly why: string
}

/** The corrections of spec-corrections.json. */
export declare const corrections: readonly SpecCorrection[]

/** A copy of a spec document with every correction merged in. */
export declare function correctSpec<T extends object>(document: T): T
