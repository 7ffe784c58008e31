/**
 * `keystone-api-react/testing`: an in-memory mock of the Keystone API as MSW handlers, for
 * tests (Node `setupServer`) and stories (browser `setupWorker`). Needs only `msw` and `axios`;
 * the React helpers (`renderWithKeystone`) live in `keystone-api-react/testing/react`.
 * @packageDocumentation
 */
export { createMockKeystone, DEFAULT_BASE_URL } from './createMockKeystone.ts'
export type { MockKeystone, MockKeystoneOptions, MockSnapshot, LoggedRequest, Fault, FaultTarget, SeedUser, MockTables, Row } from './types.ts'
export type { NewMockUser, TeamRole } from './arrange.ts'
export { STAFF_USER, ALICE, BOB, CAROL, DAVE, ERIN, FRANK, GRACE, SEED_USERS, SEED_MEMBERSHIPS } from './credentials.ts'
export { MOCK_VERSION } from './misc.ts'
