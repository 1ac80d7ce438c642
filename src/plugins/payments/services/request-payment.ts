/**
 * Opens a payment for a domain: validates, writes the ledger row (server amount), asks the
 * provider, and returns what the client needs. The same idempotency key returns the same payment.
 */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ClientAction, ProviderName } from '../providers/types'
import type { PaymentDoc } from './ledger'

import { badRequest, conflict, HttpError } from '../../../endpoints/http'
import { env } from '../../../lib/env'
import { logger } from '../../../lib/logger'
import { publicUrl } from '../../../lib/public-url'
import { validatePhoneE164 } from '../../../lib/validators'
import { getProvider } from '../providers'
import { PROVIDER_NAMES } from '../providers/types'
import { loadPayment, moveStatus, toProviderPayment } from './ledger'
import { getPaymentPurpose } from './purposes'
import { inTransaction } from '../../../db/transaction'
import { customerFor } from './customers'

export type RequestPaymentInput = {
  /** A purpose registered with `registerPaymentPurpose`. */
  purpose: string
  /** The domain document being paid for. */
  resource: { collection: string; id: number | string }
  /** The paying user (id or document). */
  payer: number | string | { id: number | string }
  /** Integer amount in minor units, computed by the server (never taken from the client). */
  amount: number
  /** ISO 4217 code, e.g. `XOF`, `EUR`. */
  currency: string
  provider: ProviderName
  /** Same key → same payment (retries, double clicks). */
  idempotencyKey: string
  description?: string
  /** Where the provider sends the payer back after a hosted page (Orange Money, sandbox). */
  returnUrl?: string
  /** E.164 phone of the payer, needed by MTN MoMo and Moov Money. */
  phone?: string
}

export type PaymentRequestResult = {
  paymentId: number
  status: PaymentDoc['status']
  provider: ProviderName
  amount: number
  currency: string
  /** What the client does next: Stripe client secret, redirect URL, confirm on phone, sandbox page. */
  client: ClientAction | null
  /** True when this idempotency key had already opened the payment. */
  reused: boolean
}

const inputSchema = z.object({
  purpose: z.string().min(3),
  resource: z.object({ collection: z.string().min(1), id: z.union([z.string().min(1), z.number()]) }),
  payer: z.union([z.string().min(1), z.number(), z.object({ id: z.union([z.string(), z.number()]) })]),
  amount: z.number().int('amount must be an integer in minor units').positive(),
  currency: z.string().regex(/^[A-Za-z]{3}$/, 'currency must be an ISO 4217 code'),
  provider: z.enum(PROVIDER_NAMES),
  idempotencyKey: z.string().min(8).max(200),
  description: z.string().max(500).optional(),
  returnUrl: z.url().optional(),
  phone: z.string().optional().refine((v) => v === undefined || validatePhoneE164(v) === true, 'phone must be in E.164 format'),
})

const result = (p: PaymentDoc, reused: boolean): PaymentRequestResult => ({
  paymentId: p.id,
  status: p.status,
  provider: p.provider,
  amount: p.amount,
  currency: p.currency,
  client: (p.clientAction as ClientAction) ?? null,
  reused,
})

export async function requestPayment(req: PayloadRequest, raw: RequestPaymentInput): Promise<PaymentRequestResult> {
  const parsed = inputSchema.safeParse(raw)
  if (!parsed.success) {
    throw badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  }
  const input = parsed.data
  if (!getPaymentPurpose(input.purpose)) throw badRequest(`Unknown payment purpose "${input.purpose}".`)
  const provider = getProvider(input.provider)
  if (!provider) throw badRequest(`The payment provider "${input.provider}" is not enabled.`)
  if ((input.provider === 'mtn-momo' || input.provider === 'moov-money') && !input.phone) {
    throw badRequest(`phone: ${input.provider} needs the payer's phone number.`)
  }
  const payerId = typeof input.payer === 'object' ? input.payer.id : input.payer
  const currency = input.currency.toUpperCase()

  const existing = await req.payload.find({
    collection: 'payments' as never,
    where: { idempotencyKey: { equals: input.idempotencyKey } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const found = existing.docs[0] as unknown as PaymentDoc | undefined
  if (found) {
    const same =
      found.purpose === input.purpose &&
      String(typeof found.payer === 'object' ? found.payer.id : found.payer) === String(payerId) &&
      found.amount === input.amount &&
      found.currency === currency &&
      found.provider === input.provider
    if (!same) throw conflict('This idempotency key was already used for a different payment.')
    return result(found, true)
  }

  const ttl = env.int('PAYMENTS_PENDING_TTL_MINUTES', 30)
  let created: PaymentDoc
  try {
    created = (await inTransaction(req, () =>
      req.payload.create({
        collection: 'payments' as never,
        req,
        depth: 0,
        overrideAccess: true,
        data: {
          purpose: input.purpose,
          resourceCollection: input.resource.collection,
          resourceId: String(input.resource.id),
          payer: payerId,
          amount: input.amount,
          currency,
          provider: input.provider,
          status: 'pending',
          idempotencyKey: input.idempotencyKey,
          description: input.description,
          phone: input.phone,
          returnUrl: input.returnUrl,
          refundedAmount: 0,
          expiresAt: new Date(Date.now() + ttl * 60_000).toISOString(),
          statusHistory: [{ to: 'pending', by: 'system', at: new Date().toISOString(), reason: 'payment requested' }],
        } as never,
      }),
    )) as unknown as PaymentDoc
  } catch (err) {
    // a concurrent request with the same key won the unique index
    const again = await req.payload.find({
      collection: 'payments' as never,
      where: { idempotencyKey: { equals: input.idempotencyKey } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (again.docs[0]) return result(again.docs[0] as unknown as PaymentDoc, true)
    throw err
  }

  const base = `${publicUrl()}/api/payments`
  const returnUrl = input.returnUrl ?? `${publicUrl()}/`
  try {
    const customer = await customerFor(req, provider, payerId)
    const init = await provider.initiate({ ...toProviderPayment(created), customer }, {
      notifyUrl: `${base}/webhooks/${input.provider}`,
      returnUrl,
      cancelUrl: returnUrl,
    })
    const updated = (await req.payload.update({
      collection: 'payments' as never,
      id: created.id,
      req,
      depth: 0,
      overrideAccess: true,
      data: {
        providerReference: init.providerReference,
        callbackToken: init.callbackToken,
        providerData: init.providerData,
        clientAction: init.client,
      } as never,
    })) as unknown as PaymentDoc
    return result(updated, false)
  } catch (err) {
    logger.error({ err, paymentId: created.id, provider: input.provider }, 'payments: provider refused to open the payment')
    const message = (err as Error).message
    await inTransaction(req, async () => {
      const p = await loadPayment(req, created.id)
      if (p && p.status === 'pending') await moveStatus(req, p, 'failed', 'provider', { reason: message, extra: { failureReason: message } })
    })
    throw new HttpError(502, `The payment provider could not open the payment: ${message}`, { paymentId: created.id })
  }
}
