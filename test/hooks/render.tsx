import { QueryClient } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import { KeystoneClient } from 'keystone-api-react/client'
import { KeystoneProvider } from '../../src/react.ts'
import { API } from './server.ts'

export function makeClient(): KeystoneClient {
  return new KeystoneClient({ url: API, cookies: 'jar', adapter: 'http' })
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

export interface Rendered extends RenderResult {
  client: KeystoneClient
  queryClient: QueryClient
}

/** Renders `ui` in a provider with a fresh client (logged in as `username` when given) and query client. */
export async function renderWithKeystone(
  ui: ReactNode,
  { username, client = makeClient(), queryClient = makeQueryClient(), onSessionExpired }: {
    username?: string
    client?: KeystoneClient
    queryClient?: QueryClient
    onSessionExpired?: () => void
  } = {},
): Promise<Rendered> {
  if (username) await client.login({ username, password: 'pw' })
  const result = render(
    <KeystoneProvider client={client} queryClient={queryClient} onSessionExpired={onSessionExpired}>
      {ui}
    </KeystoneProvider>,
  )
  return { ...result, client, queryClient }
}
