/**
 * keystone-api-react: typed React hooks and a framework-free client for the Keystone API.
 * @packageDocumentation
 */
export * from './client/index.ts'
