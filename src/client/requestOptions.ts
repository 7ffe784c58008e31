import type { AxiosProgressEvent } from 'axios'

/** Options every request accepts. */
export interface RequestOptions {
  /** Query parameters. */
  params?: URLSearchParams | Record<string, string | number | boolean>
  /** Cancels the request; it then rejects with `KeystoneAbortError`. */
  signal?: AbortSignal
  /** Overrides the client's timeout (milliseconds). */
  timeout?: number
  /** How to read the body: parsed JSON (text when it is not JSON) or raw text. @default 'json' */
  responseType?: 'json' | 'text'
}

/** Options of a write (POST, PUT, PATCH). */
export interface WriteOptions extends RequestOptions {
  /** JSON body; sent as multipart fields when `files` is given or it holds a `Blob`. */
  json?: unknown
  /** Files sent as multipart fields, by field name. */
  files?: Record<string, Blob>
  /** Upload progress callback (multipart uploads). */
  onUploadProgress?: (event: AxiosProgressEvent) => void
}
