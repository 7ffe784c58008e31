import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'
import { isKeystoneHttpError, isKeystoneNetworkError, isKeystoneRedirectError } from '../client/index.ts'

const MAX_RETRIES = 3

/** Whether a failed query may succeed if tried again: 429, 5xx and network errors (a refused redirect would only repeat). */
export function isRetryableError(error: unknown): boolean {
  if (isKeystoneHttpError(error)) return error.status === 429 || error.status >= 500
  return isKeystoneNetworkError(error) && !isKeystoneRedirectError(error)
}

/** Query retry policy: at most three retries, and only of {@link isRetryableError} errors. */
export function keystoneRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryableError(error)
}

/** Delay before a retry: the server's `Retry-After` when given, else exponential backoff (1 s, 2 s, 4 s... at most 30 s). */
export function keystoneRetryDelay(failureCount: number, error: unknown): number {
  const retryAfter = isKeystoneHttpError(error) ? error.retryAfter : undefined
  return retryAfter !== undefined ? retryAfter * 1000 : Math.min(1000 * 2 ** failureCount, 30_000)
}

/**
 * A `QueryClient` with Keystone-aware defaults: queries retry only 429, 5xx and network errors
 * (three times, with backoff), writes never retry. `<KeystoneProvider>` makes one when not given one.
 * @example
 * const queryClient = createKeystoneQueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })
 */
export function createKeystoneQueryClient(config: QueryClientConfig = {}): QueryClient {
  const { queries, mutations } = config.defaultOptions ?? {}
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: { retry: keystoneRetry, retryDelay: keystoneRetryDelay, ...queries },
      mutations: { retry: false, ...mutations },
    },
  })
}
