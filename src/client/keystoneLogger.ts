/** Where log records go: `console`, a pino logger, or any object with these four methods. */
export interface KeystoneLogger {
  debug(context: LogContext, message: string): void
  info(context: LogContext, message: string): void
  warn(context: LogContext, message: string): void
  error(context: LogContext, message: string): void
}

/** Context fields of every log record (empty string where not applicable). */
export interface LogContext {
  cid: string
  baseurl: string
  method: string
  endpoint: string
  url: string
  status_code: number | ''
}
