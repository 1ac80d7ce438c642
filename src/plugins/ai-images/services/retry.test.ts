import { describe, expect, it } from 'vitest'

import { ProviderError } from '../providers/types'
import { backoffDelay, RetriesExhausted, retryAfterMs, withRetries } from './retry'

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 5_000 }
const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n] ?? null })

describe('retry policy', () => {
  it('reads retry-after-ms, retry-after seconds and HTTP dates', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '250' }))).toBe(250)
    expect(retryAfterMs(headers({ 'retry-after': '2' }))).toBe(2000)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now)).toBe(3000)
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }))).toBeUndefined()
    expect(retryAfterMs(headers({}))).toBeUndefined()
  })

  it('waits what was asked, capped, or an exponential delay with jitter', () => {
    expect(backoffDelay(1, policy, 1500)).toBe(1500)
    expect(backoffDelay(1, policy, 60_000)).toBe(5_000)
    expect(backoffDelay(3, policy, undefined, () => 1)).toBe(400)
    expect(backoffDelay(3, policy, undefined, () => 0)).toBe(200)
    expect(backoffDelay(10, policy, undefined, () => 1)).toBe(5_000)
  })

  it('retries 429/5xx until success, never other 4xx', async () => {
    const waits: number[] = []
    let calls = 0
    const ok = await withRetries(
      async () => {
        calls++
        if (calls < 3) throw new ProviderError('busy', 'rate_limited', true, 429, 10)
        return 'done'
      },
      policy,
      async (ms) => void waits.push(ms),
    )
    expect(ok).toEqual({ value: 'done', attempts: 3, waitedMs: 20 })
    expect(waits).toEqual([10, 10])

    calls = 0
    const refused = withRetries(
      async () => {
        calls++
        throw new ProviderError('no', 'moderation_blocked', false, 400)
      },
      policy,
      async () => undefined,
    )
    await expect(refused).rejects.toBeInstanceOf(RetriesExhausted)
    expect(calls).toBe(1)

    calls = 0
    const down = withRetries(
      async () => {
        calls++
        throw new ProviderError('down', 'server_error', true, 503)
      },
      policy,
      async () => undefined,
    )
    await expect(down).rejects.toMatchObject({ attempts: 4 })
    expect(calls).toBe(4)
  })
})
