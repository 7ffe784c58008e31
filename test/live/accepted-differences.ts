/**
 * The reviewed differences between the real Keystone and the mock: each names a case (exactly, as
 * the differential suite prints it) and why the mock may answer otherwise. Keep it nearly empty:
 * the mock exists to be the server in tests. An entry that no longer differs fails the suite too.
 */
export interface AcceptedDifference {
  /** Case name, or a RegExp over case names. */
  readonly case: string | RegExp
  /** Why the difference is right, or cannot be helped. */
  readonly reason: string
}

export const acceptedDifferences: readonly AcceptedDifference[] = [
  {
    case: /^filters: users first_name__(not_)?contains=da$/,
    reason:
      'The test server runs on SQLite, whose LIKE ignores ASCII case, so `contains` there also finds "Ada". ' +
      'On PostgreSQL (production deployments) `contains` is case-sensitive, as the mock is; the other text ' +
      'cases pick values whose case cannot differ.',
  },
]
