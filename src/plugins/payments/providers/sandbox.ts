/**
 * The offline `sandbox` provider: no money moves. The client opens a confirm page, clearly
 * labelled as a test, and chooses "pay" or "decline". The choice goes through the same inbox and
 * job as real provider events. On by default outside production only.
 */
import { randomBytes } from 'node:crypto'

import type { PaymentProvider } from './types'

import { publicUrl } from '../../../lib/public-url'

export function sandboxProvider(): PaymentProvider {
  return {
    name: 'sandbox',
    polled: false,
    async initiate(payment) {
      const token = randomBytes(24).toString('base64url')
      return {
        providerReference: `sandbox_${payment.id}_${token.slice(0, 8)}`,
        callbackToken: token,
        client: {
          type: 'sandbox' as const,
          url: `${publicUrl()}/api/payments/sandbox/${payment.id}?token=${token}`,
          label: 'SANDBOX — test payment, no real money is charged',
        },
      }
    },
    // Confirmations come from the sandbox page endpoints, never from an external webhook.
    async verifyWebhook() {
      return null
    },
    async fetchStatus() {
      return { status: 'pending' }
    },
    async refund(payment, amount) {
      return { refundId: `sandbox_re_${payment.id}_${amount}_${randomBytes(4).toString('hex')}`, status: 'succeeded' as const }
    },
  }
}
