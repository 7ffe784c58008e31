import type { MockResponse } from './context.ts'

/** Version the mock reports (`version/`, `config/`). */
export const MOCK_VERSION = '1.0.0-mock'

const CHECKS = ['Cache', 'Celery', 'Database', 'Storage']

/** The upload types a default Keystone accepts (its `config/` lists them). */
const ALLOWED_FILE_TYPES = [
  'application/pdf', 'application/rtf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text', 'application/x-latex', 'application/x-tex', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain', 'text/markdown', 'text/richtext', 'text/csv', 'image/png', 'image/jpeg', 'image/gif', 'image/svg+xml', 'image/tiff', 'image/bmp',
]

/** `GET config/`. */
export function config(): MockResponse {
  return {
    status: 200,
    body: { version: MOCK_VERSION, max_upload_size: 2_621_440, max_upload_count: 15, allowed_file_types: ALLOWED_FILE_TYPES, session_age: 1_209_600 },
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
