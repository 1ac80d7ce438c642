import { pino, type DestinationStream, type LoggerOptions } from 'pino'
import pretty from 'pino-pretty'

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

/** Routine messages of libraries that are not news at `info` (they stay visible at `debug`). */
const ROUTINE = [/^Running \d+ jobs?\.?$/]

const messageOf = (args: unknown[]): string | undefined => {
  const [first, second] = args
  if (typeof first === 'string') return first
  if (typeof second === 'string') return second
  const msg = (first as { msg?: unknown } | undefined)?.msg
  return typeof msg === 'string' ? msg : undefined
}

/** A routine library message logged at info (Payload's "Running 1 jobs." every cron tick). */
export const isRoutineMessage = (args: unknown[]): boolean => {
  const msg = messageOf(args)
  return msg !== undefined && ROUTINE.some((r) => r.test(msg))
}

/**
 * `LOG_FORMAT`: `pretty` (coloured one-line messages) or `json` (one JSON object a line, for log
 * collectors). Default: pretty when the output is a terminal, JSON otherwise.
 */
export function logFormat(format = env.str('LOG_FORMAT'), isTTY = Boolean(process.stdout.isTTY), isTest = env.isTest): 'json' | 'pretty' {
  if (format === 'json' || format === 'pretty') return format
  return isTTY && !isTest ? 'pretty' : 'json'
}

export function createLogger(format = logFormat(), destination?: DestinationStream, level = env.str('LOG_LEVEL', env.isTest ? 'warn' : 'info')) {
  const options: LoggerOptions = {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { service: 'vibe-platform' },
    hooks: {
      logMethod(args, method, level) {
        // 30 = info: routine lines go down to debug
        if (level === 30 && isRoutineMessage(args)) {
          if (this.isLevelEnabled('debug')) this.debug(...(args as [string]))
          return
        }
        return method.apply(this, args)
      },
    },
  }
  if (format === 'pretty') {
    // synchronous: a line is written before the next one (and before the process exits)
    const format = { colorize: !destination, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res,responseTime' }
    return pino({ ...options, base: undefined }, pretty(destination ? { ...format, destination } : format))
  }
  if (destination) return pino(options, destination)
  return testConsole ? pino(options, testConsole) : pino(options)
}

export const logger = createLogger()
