import { isKeystoneBatchError, isKeystoneHttpError, type KeystoneError } from 'keystone-api-react/client'
import type { MockKeystone } from 'keystone-api-react/testing'
import { type ReactNode, useEffect, useState } from 'react'
import { useMock } from './KeystoneFrame.tsx'

/** What a user should read about a failed request. */
export function describeError(error: KeystoneError): string {
  if (isKeystoneBatchError(error)) return error.step ? `Step ${error.step} failed (${error.status}); nothing was kept.` : error.detail
  if (!isKeystoneHttpError(error)) return error.message
  const wait = error.retryAfter === undefined ? '' : ` Try again in ${error.retryAfter} s.`
  return `${error.status}: ${error.detail ?? error.message}${wait}`
}

/** A spinner line: `Loading clusters…`. */
export function Loading({ what }: { what: string }): ReactNode {
  return (
    <p role="status" aria-busy="true">
      Loading {what}…
    </p>
  )
}

/** An error banner with an optional retry button. */
export function ErrorMessage({ error, onRetry }: { error: KeystoneError; onRetry?: () => void }): ReactNode {
  return (
    <div role="alert" style={{ color: '#b00020' }}>
      {describeError(error)}
      {onRetry && (
        <button type="button" onClick={onRetry} style={{ marginLeft: 8 }}>
          Retry
        </button>
      )}
    </div>
  )
}

function countRequests(mock: MockKeystone | undefined, path: string | undefined): number {
  return mock?.requests.filter((request) => !path || request.path.startsWith(path)).length ?? 0
}

/** How many requests the story's mock received (polled; hidden against a real server). */
export function RequestCount({ path }: { path?: string }): ReactNode {
  const mock = useMock()
  const [seen, setSeen] = useState(() => countRequests(mock, path))
  useEffect(() => {
    const timer = setInterval(() => setSeen(countRequests(mock, path)), 100)
    return () => clearInterval(timer)
  }, [mock, path])
  if (!mock) return null
  return <p data-testid="request-count">Requests sent: {seen}</p>
}

function requestLines(mock: MockKeystone | undefined, path: string): string[] {
  return mock?.requests.filter((request) => request.path.startsWith(path)).map((request) => `${request.method} ${request.path} → ${request.status || 'network error'}`) ?? []
}

/** The mock's log of requests under `path`, as a dashboard's network panel would show it (polled). */
export function RequestLog({ path }: { path: string }): ReactNode {
  const mock = useMock()
  const [lines, setLines] = useState(() => requestLines(mock, path))
  useEffect(() => {
    const timer = setInterval(() => setLines(requestLines(mock, path)), 100)
    return () => clearInterval(timer)
  }, [mock, path])
  if (!mock) return null
  return (
    <ol aria-label="Requests" style={{ fontFamily: 'monospace', fontSize: 12 }}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  )
}
