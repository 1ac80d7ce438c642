import { describe, expect, it } from 'vitest'

import { checkTransition, PAYMENT_STATUSES, TRANSITIONS } from './state-machine'

describe('payment state machine', () => {
  it('lets providers move pending payments to paid, failed, processing', () => {
    expect(checkTransition('pending', 'paid', 'provider')).toEqual({ ok: true })
    expect(checkTransition('pending', 'processing', 'provider')).toEqual({ ok: true })
    expect(checkTransition('processing', 'failed', 'provider')).toEqual({ ok: true })
  })

  it('refuses going back from paid to processing (out-of-order events change nothing)', () => {
    const r = checkTransition('paid', 'processing', 'provider')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/paid payment can only become partially_refunded, refunded/)
  })

  it('treats failed, cancelled, expired and refunded as final', () => {
    for (const s of ['failed', 'cancelled', 'expired', 'refunded'] as const) {
      for (const to of PAYMENT_STATUSES) {
        const r = checkTransition(s, to, 'admin')
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.reason).toContain('final')
      }
    }
  })

  it('only lets the system or provider expire, and never an admin mark paid', () => {
    expect(checkTransition('pending', 'expired', 'admin').ok).toBe(false)
    expect(checkTransition('pending', 'paid', 'admin')).toEqual({
      ok: false,
      reason: 'Only provider may move a payment from pending to paid.',
    })
  })

  it('has no duplicate rows', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}>${t.to}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
