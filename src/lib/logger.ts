import { pino } from 'pino'

import { env } from './env'

/** Paths whose values must never reach a log line. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.apiKey',
  '*.secret',
]

/**
 * Under vitest, lines go through the console: vitest ties them to the test that wrote them and
 * prints them only when it fails (`silent: 'passed-only'`). Written straight to stdout, the log
 * lines of expected errors would drown the report.
 */
const testConsole = process.env.VITEST ? { write: (line: string) => console.log(line.trimEnd()) } : undefined

export const logger = pino(
  {
    level: env.str('LOG_LEVEL', env.isTest ? 'warn' : 'info'),
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { service: 'vibe-platform' },
  },
  testConsole,
)
