import { describe, expect, it } from 'vitest'

import { classifyGraphError, classifyXError } from './http'

describe('platform error classification', () => {
  it('Graph API: expired token, rate limits and temporary errors, refusals', () => {
    expect(classifyGraphError(401, { error: { code: 190, error_subcode: 463, type: 'OAuthException', message: 'Session has expired' } }).kind).toBe('auth')
    expect(classifyGraphError(400, { error: { code: 4, message: 'Application request limit reached' } }).kind).toBe('transient')
    expect(classifyGraphError(500, { error: { code: 2, message: 'Service temporarily unavailable' } }).kind).toBe('transient')
    expect(classifyGraphError(400, { error: { code: 100, message: 'Invalid parameter' } })).toMatchObject({ kind: 'permanent', message: 'Invalid parameter (code 100)' })
  })
  it('X API v2: 401, 429 with its reset time, 5xx, other refusals', () => {
    const h = (o: Record<string, string> = {}) => new Headers(o)
    expect(classifyXError(401, { title: 'Unauthorized' }, h()).kind).toBe('auth')
    const limited = classifyXError(429, { title: 'Too Many Requests' }, h({ 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900) }))
    expect(limited.kind).toBe('transient')
    expect(limited.retryAfterMs).toBeGreaterThan(800_000)
    expect(classifyXError(503, {}, h()).kind).toBe('transient')
    expect(classifyXError(403, { detail: 'duplicate content' }, h())).toMatchObject({ kind: 'permanent', message: 'duplicate content' })
  })
})
