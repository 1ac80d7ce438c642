/** Demo ledger rows for `npm start`: one paid and one open sandbox payment, so the admin has something to show. */
import type { Payload } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'

export async function seedPayments(payload: Payload, context: SeedContext): Promise<void> {
  const payer = context.usersByRole.participant?.[0] ?? context.usersByRole.customer?.[0]
  if (!payer) return
  const now = new Date().toISOString()
  const rows = [
    { key: 'demo-paid-1', status: 'paid', amount: 15000, currency: 'XOF', history: ['pending', 'paid'] },
    { key: 'demo-open-1', status: 'pending', amount: 2500, currency: 'EUR', history: ['pending'] },
  ]
  for (const r of rows) {
    await payload.create({
      collection: 'payments' as never,
      overrideAccess: true,
      data: {
        purpose: 'demo.sample',
        resourceCollection: 'users',
        resourceId: String(payer.id),
        payer: payer.id,
        amount: r.amount,
        currency: r.currency,
        provider: 'sandbox',
        providerReference: `sandbox_demo_${r.key}`,
        status: r.status,
        idempotencyKey: r.key,
        description: 'Demo sandbox payment (not real money)',
        refundedAmount: 0,
        paidAt: r.status === 'paid' ? now : undefined,
        statusHistory: r.history.map((to, i) => ({ from: i ? r.history[i - 1] : null, to, by: i ? 'provider' : 'system', at: now, reason: 'seed' })),
      } as never,
    })
  }
  logger.info('payments: seeded 2 demo sandbox payments')
}
