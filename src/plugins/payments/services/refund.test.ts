import { describe, expect, it } from 'vitest'

import type { PaymentDoc } from './ledger'

import { pendingRefundAmount } from './refund'

const at = '2026-11-21T10:00:00.000Z'

describe('pendingRefundAmount', () => {
  it('adds the refunds the operator has not answered, not the confirmed or failed ones', () => {
    const p = {
      refunds: [
        { amount: 1000, status: 'succeeded', at },
        { amount: 700, status: 'pending', at },
        { amount: 300, status: 'failed', at },
        { amount: 200, status: 'pending', at },
      ],
    } as PaymentDoc
    expect(pendingRefundAmount(p)).toBe(900)
    expect(pendingRefundAmount({ refunds: null } as PaymentDoc)).toBe(0)
  })
})
