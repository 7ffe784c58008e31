/**
 * `keystone-api-react/testing/react`: render React trees against the mock Keystone with Testing
 * Library. Needs `react`, `react-dom`, `@tanstack/react-query` and `@testing-library/react`;
 * the mock itself (`keystone-api-react/testing`) needs only `msw` and `axios`.
 * @packageDocumentation
 */
export { renderWithKeystone } from './renderWithKeystone.tsx'
export type { RenderWithKeystoneOptions, KeystoneRenderResult, HandlerHost } from './renderWithKeystone.tsx'
