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

export const logger = pino({
  level: env.str('LOG_LEVEL', env.isTest ? 'warn' : 'info'),
  redact: { paths: redactPaths, censor: '[redacted]' },
  base: { service: 'vibe-platform' },
})
