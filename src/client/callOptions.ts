/** Per-call options of the resource methods. */
export interface CallOptions {
  /** Cancels the call; it then rejects with `KeystoneAbortError`. */
  signal?: AbortSignal
}

/** Options of `create*`: files to send as multipart fields. */
export interface CreateOptions extends CallOptions {
  /** Files by field name (e.g. `{ file: blob }` for attachments); the body is then multipart. */
  files?: Record<string, Blob>
  /** Upload progress callback (multipart uploads). */
  onUploadProgress?: (event: { loaded: number; total?: number }) => void
}

/** Argument of `retrieve*` for one record. */
export interface ByPk {
  /** Primary key: a positive integer. */
  pk: number
}

/** Argument of `update*` / `replace*`. */
export interface WithData<TBody> extends ByPk {
  data: TBody
}

/** Argument of `delete*`. */
export interface DeleteArgs extends ByPk {
  /** Throw `KeystoneHttpError` (404) when the record does not exist. @default false */
  raiseNotExists?: boolean
}
