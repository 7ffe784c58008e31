import type { MockResponse } from './context.ts'

/** Version the mock reports (`version/`, `config/`). */
export const MOCK_VERSION = '1.0.0-mock'

const CHECKS = ['Cache', 'Celery', 'Database', 'Storage']

/** `GET config/`. */
export function config(): MockResponse {
  return {
    status: 200,
    body: { version: MOCK_VERSION, max_upload_size: 2_621_440, max_upload_count: 15, allowed_file_types: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'], session_age: 1_209_600 },
  }
}

/** `GET version/`: text/plain. */
export function version(): MockResponse {
  return { status: 200, text: MOCK_VERSION, headers: { 'Content-Type': 'text/plain' } }
}

/** `GET health/`, `health/json/`, `health/prom/`: every check passes. */
export function health(kind: 'plain' | 'json' | 'prom'): MockResponse {
  if (kind === 'plain') return { status: 200 }
  if (kind === 'json') return { status: 200, body: { data: CHECKS.map((check) => ({ check, healthy: true, error: null, time_taken: 0.001 })) } }
  const lines = [
    '# HELP keystone_health_check_status Health check status (200 = healthy, 500 = unhealthy)',
    '# TYPE keystone_health_check_status gauge',
    ...CHECKS.map((check) => `keystone_health_check_status{check="${check}"} 200.0`),
  ]
  return { status: 200, text: `${lines.join('\n')}\n`, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }
}
