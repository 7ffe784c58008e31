import { isKeystoneBatchError, isKeystoneHttpError, type KeystoneError } from 'keystone-api-react/client'
import { type ReactNode, useEffect, useState } from 'react'
import { useTraffic } from './KeystoneFrame.tsx'
import type { Traffic } from './liveTraffic.ts'

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
    <p role="status" aria-busy="true" className="ks-status">
      Loading {what}…
    </p>
  )
}

/** An error banner with an optional retry button. */
export function ErrorMessage({ error, onRetry }: { error: KeystoneError; onRetry?: () => void }): ReactNode {
  return (
    <div role="alert" className="ks-alert">
      {describeError(error)}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}

function countRequests(mock: Traffic, path: string | undefined): number {
  return mock.requests.filter((request) => !path || request.path.startsWith(path)).length
}

/** `read(traffic, path)` of the story's requests (mock or real server), now and every 100 ms. */
function usePolledMock<TPath, T>(read: (mock: Traffic, path: TPath) => T, path: TPath): T | undefined {
  const mock = useTraffic()
  const [value, setValue] = useState(() => (mock ? read(mock, path) : undefined))
  useEffect(() => {
    if (!mock) return undefined
    const timer = setInterval(() => setValue(read(mock, path)), 100)
    return () => clearInterval(timer)
  }, [mock, path, read])
  return value
}

/** How many requests the story's mock received (polled; hidden against a real server). */
export function RequestCount({ path }: { path?: string }): ReactNode {
  const seen = usePolledMock(countRequests, path)
  if (seen === undefined) return null
  return <p data-testid="request-count">Requests sent: {seen}</p>
}

function requestLines(mock: Traffic, path: string): string[] {
  return mock.requests.filter((request) => request.path.startsWith(path)).map((request) => `${request.method} ${request.path} → ${request.status || 'network error'}`)
}

/** The mock's log of requests under `path`, as a dashboard's network panel would show it (polled). */
export function RequestLog({ path }: { path: string }): ReactNode {
  const lines = usePolledMock(requestLines, path)
  if (lines === undefined) return null
  return (
    <ol aria-label="Requests" className="ks-log">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  )
}
