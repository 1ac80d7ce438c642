/**
 * Retries with backoff: 429 and 5xx (and network failures) are tried again, waiting what the
 * provider asked (`retry-after-ms`, `retry-after` in seconds or as an HTTP date) or an exponential
 * delay with jitter; other 4xx (bad request, moderation refusal, no credit left) are not.
 */
import { ProviderError } from '../providers/types'

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number }

/** Milliseconds to wait from the provider's headers, or undefined. */
export function retryAfterMs(headers: { get(name: string): null | string } | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined
  const ms = headers.get('retry-after-ms')
  if (ms && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms)
  const after = headers.get('retry-after')
  if (!after) return undefined
  if (/^\d+(\.\d+)?$/.test(after.trim())) return Math.round(Number(after) * 1000)
  const date = Date.parse(after)
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined
}

/** The wait before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, policy: RetryPolicy, asked?: number, random = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1)
  const jittered = exponential / 2 + random() * (exponential / 2)
  return Math.min(policy.maxDelayMs, asked ?? jittered)
}

export type Attempted<T> = { value: T; attempts: number; waitedMs: number }

export class RetriesExhausted extends Error {
  constructor(
    readonly last: unknown,
    readonly attempts: number,
    readonly waitedMs: number,
  ) {
    super(last instanceof Error ? last.message : String(last))
    this.name = 'RetriesExhausted'
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function withRetries<T>(fn: (attempt: number) => Promise<T>, policy: RetryPolicy, wait: (ms: number) => Promise<void> = sleep): Promise<Attempted<T>> {
  let waitedMs = 0
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await fn(attempt), attempts: attempt, waitedMs }
    } catch (err) {
      const retryable = err instanceof ProviderError && err.retryable
      if (!retryable || attempt >= policy.maxAttempts) throw new RetriesExhausted(err, attempt, waitedMs)
      const delay = backoffDelay(attempt, policy, err.retryAfterMs)
      waitedMs += delay
      await wait(delay)
    }
  }
}
