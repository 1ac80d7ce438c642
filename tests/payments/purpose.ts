/** A tiny test-only purpose that counts handler calls per payment (and can be told to crash). */
import { registerPaymentPurpose } from '../../src/plugins/payments'

export const fired = {
  paid: new Map<number, number>(),
  failed: new Map<number, number>(),
  refunded: [] as { id: number; amount: number }[],
  crashNextPaid: 0,
}

const bump = (m: Map<number, number>, id: number) => m.set(id, (m.get(id) ?? 0) + 1)

registerPaymentPurpose('test.order', {
  onPaid: async (req, payment) => {
    // proves the handler runs inside the job's transaction: it sees the new status through req
    const seen = (await req.payload.findByID({ collection: 'payments', id: payment.id, req, depth: 0 })) as { status: string }
    if (seen.status !== 'paid') throw new Error('handler did not see the paid status')
    if (fired.crashNextPaid > 0) {
      fired.crashNextPaid--
      throw new Error('simulated crash in the middle of applying the event')
    }
    bump(fired.paid, payment.id)
  },
  onFailed: (_req, payment) => {
    bump(fired.failed, payment.id)
  },
  onRefunded: (_req, payment, amount) => {
    fired.refunded.push({ id: payment.id, amount })
  },
})
