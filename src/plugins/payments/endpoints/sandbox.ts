/**
 * The sandbox provider's confirm page: GET /api/payments/sandbox/:id?token=… shows the payment,
 * clearly labelled as a test, with "pay" and "decline" buttons; POST …/sandbox/:id/confirm stores
 * the choice as a provider event (same inbox + job as real providers). Amounts always come from
 * the ledger; anything the form posts besides the token and the choice is ignored.
 */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, notFound } from '../../../endpoints/http'
import { isSerialId } from '../../../lib/serial-id'
import { getProvider } from '../providers'
import { sameSecret } from '../providers/orange-money'
import { storeEvent } from '../services/inbox'
import { loadPayment, type PaymentDoc } from '../services/ledger'
import { formatAmount } from '../services/money'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const page = (title: string, body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#222}
.banner{background:#ffd400;color:#000;border:3px dashed #000;padding:1rem;font-weight:700;text-align:center;text-transform:uppercase}
.amount{font-size:2rem;margin:1rem 0}button{font-size:1.1rem;padding:.7rem 1.4rem;margin-right:.5rem;cursor:pointer}
</style></head><body><div class="banner">Sandbox — test payment · no real money is charged<br>Paiement de test — aucun argent réel</div>${body}</body></html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        'cache-control': 'no-store',
      },
    },
  )

async function authorise(req: PayloadRequest, token: null | string): Promise<PaymentDoc> {
  if (!getProvider('sandbox')) throw notFound('The sandbox payment provider is not enabled.')
  const id = req.routeParams?.id
  const payment = isSerialId(id) ? await loadPayment(req, id) : null
  if (!payment || payment.provider !== 'sandbox' || !payment.callbackToken || !token || !sameSecret(payment.callbackToken, token)) {
    throw notFound('No sandbox payment matches this link.')
  }
  return payment
}

export const sandboxPageEndpoint = defineEndpoint({
  path: '/sandbox/:id',
  method: 'get',
  auth: 'public',
  summary: "The sandbox provider's confirm page (test payments only; the link's token authorises it)",
  produces: 'text/html',
  query: z.object({ token: z.string().optional() }),
  handler: async (req, { query }) => {
    const token = query.token ?? null
    const p = await authorise(req, token)
    const open = p.status === 'pending' || p.status === 'processing'
    return page(
      'Sandbox payment',
      `<h1>Sandbox payment #${p.id}</h1><p>${escape(p.description ?? p.purpose)}</p>
<p class="amount">${escape(formatAmount(p.amount, p.currency))}</p><p>Status: <strong>${escape(p.status)}</strong></p>
${
  open
    ? `<form method="post" action="/api/payments/sandbox/${p.id}/confirm"><input type="hidden" name="token" value="${escape(token ?? '')}">
<button name="action" value="pay">Simulate successful payment</button><button name="action" value="decline">Simulate declined payment</button></form>`
    : '<p>This payment is no longer open.</p>'
}`,
    )
  },
})

export const sandboxConfirmEndpoint = defineEndpoint({
  path: '/sandbox/:id/confirm',
  method: 'post',
  auth: 'public',
  summary: 'Record the choice made on the sandbox page (form post: token and action pay|decline)',
  consumes: 'application/x-www-form-urlencoded',
  produces: 'text/html',
  handler: async (req) => {
    const text = req.text ? await req.text() : ''
    const type = req.headers.get('content-type') ?? ''
    let fields: Record<string, unknown>
    try {
      fields = type.includes('application/json') ? JSON.parse(text || '{}') : Object.fromEntries(new URLSearchParams(text))
    } catch {
      throw badRequest('Malformed body.')
    }
    const action = fields.action
    if (action !== 'pay' && action !== 'decline') throw badRequest('action: must be "pay" or "decline".')
    const p = await authorise(req, typeof fields.token === 'string' ? fields.token : null)
    // the outcome carries the ledger's own amount: a client cannot change what is paid
    const outcome =
      action === 'pay'
        ? { status: 'paid' as const, amount: p.amount, currency: p.currency }
        : { status: 'failed' as const, reason: 'Declined on the sandbox page.' }
    const stored = await storeEvent(
      req,
      'sandbox',
      { eventId: `sandbox:${p.id}:${action}`, type: `sandbox.${action}`, payload: { action }, lookup: { paymentId: p.id }, outcome },
      p,
    )
    const back = p.returnUrl ? `<p><a href="${escape(p.returnUrl)}">Back to the app</a></p>` : ''
    return page(
      'Sandbox payment',
      `<h1>${action === 'pay' ? 'Payment simulated' : 'Payment declined'}</h1><p>${
        stored.duplicate ? 'This choice was already recorded.' : 'Recorded. The app updates as soon as the payment job runs.'
      }</p>${back}`,
    )
  },
})
