/**
 * Payers as customers at the providers that keep them (Stripe): created at the first payment,
 * their id kept on the user (`stripeCustomerId`), and updated by a job when the user's e-mail or
 * name changes. The payments plugin owns this; nothing else writes the field.
 */
import type { CollectionAfterChangeHook, Field, PayloadRequest, TaskConfig } from 'payload'

import type { PaymentProvider } from '../providers/types'

import { isAdminField } from '../../../access'
import { getProvider } from '../providers'
import { PAYMENTS_QUEUE } from './inbox'

export const SYNC_CUSTOMER_TASK = 'payments-sync-customer'
const SYNCED = 'paymentsCustomerSynced'

type UserDoc = { id: number; email: string; firstName?: null | string; lastName?: null | string; stripeCustomerId?: null | string }

const nameOf = (u: UserDoc) => [u.firstName, u.lastName].filter(Boolean).join(' ') || undefined

/** Added to `users`: readable by admins only, written by the server only. */
export const stripeCustomerField: Field = {
  name: 'stripeCustomerId',
  type: 'text',
  index: true,
  label: { en: 'Stripe customer', fr: 'Client Stripe' },
  access: { read: isAdminField, create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', description: { en: 'Kept by the payments plugin.', fr: 'Tenu par le module de paiement.' } },
}

/** The payer's customer id at `provider`, creating the customer the first time. */
export async function customerFor(req: PayloadRequest, provider: PaymentProvider, payerId: number | string): Promise<string | undefined> {
  if (!provider.syncCustomer || provider.name !== 'stripe') return undefined
  const user = (await req.payload.findByID({ collection: 'users', id: payerId, depth: 0, overrideAccess: true, req })) as unknown as UserDoc
  if (user.stripeCustomerId) return user.stripeCustomerId
  const customerId = await provider.syncCustomer({ userId: user.id, email: user.email, name: nameOf(user) })
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { stripeCustomerId: customerId } as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { [SYNCED]: true, skipAudit: true },
  })
  return customerId
}

/** After a user's e-mail or name changes, queues the update of their Stripe customer. */
export const queueCustomerSync: CollectionAfterChangeHook = async ({ context, doc, operation, previousDoc, req }) => {
  const user = doc as UserDoc
  const before = previousDoc as UserDoc | undefined
  if (operation !== 'update' || context[SYNCED] || !before) return doc
  if (user.email === before.email && nameOf(user) === nameOf(before)) return doc
  if (!getProvider('stripe')) return doc
  // `doc` went through read access (the id is admins-only): read the field itself
  const stored = (await req.payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, select: { stripeCustomerId: true } as never, req })) as unknown as UserDoc
  if (!stored.stripeCustomerId) return doc
  await req.payload.jobs.queue({ task: SYNC_CUSTOMER_TASK as never, input: { userId: user.id } as never, queue: PAYMENTS_QUEUE, req })
  return doc
}

export const syncCustomerTask: TaskConfig = {
  slug: SYNC_CUSTOMER_TASK,
  label: 'Update a payer’s Stripe customer',
  inputSchema: [{ name: 'userId', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  // idempotent: it sends the user's current e-mail and name, whatever changed in between
  handler: async ({ input, req }) => {
    const provider = getProvider('stripe')
    const user = (await req.payload.findByID({ collection: 'users', id: (input as { userId: number }).userId, depth: 0, overrideAccess: true, disableErrors: true, req })) as unknown as null | UserDoc
    if (!provider?.syncCustomer || !user?.stripeCustomerId) return { output: {} }
    await provider.syncCustomer({ userId: user.id, email: user.email, name: nameOf(user), customerId: user.stripeCustomerId })
    return { output: {} }
  },
}
