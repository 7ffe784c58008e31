/** The request an error is about: enough to find it in the server's request log. */
export interface SentRequest {
  readonly method: string
  readonly url: string
  /** Correlation id sent as `X-KEYSTONE-CID`. */
  readonly cid: string
}
