/** Demo data for `npm start`: a monthly and a yearly plan, and one active subscription for a demo participant. */
import type { Payload } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'
import { addPeriod } from './services/periods'

const PLANS = [
  {
    slug: 'vibe-plus-monthly',
    name: { fr: 'Vibe+ mensuel', en: 'Vibe+ monthly' },
    description: { fr: '10 % de réduction sur vos réservations.', en: '10% off your bookings.' },
    price: 2000,
    period: 'month',
    benefits: [{ type: 'booking_discount', percent: 10, label: { fr: '-10 % sur les billets', en: '10% off tickets' } }],
    sortOrder: 1,
  },
  {
    slug: 'vibe-plus-yearly',
    name: { fr: 'Vibe+ annuel', en: 'Vibe+ yearly' },
    description: { fr: '20 % de réduction et réservation prioritaire.', en: '20% off and priority booking.' },
    price: 20000,
    period: 'year',
    benefits: [
      { type: 'booking_discount', percent: 20, label: { fr: '-20 % sur les billets', en: '20% off tickets' } },
      { type: 'priority_booking', label: { fr: 'Réservation prioritaire', en: 'Priority booking' } },
    ],
    sortOrder: 2,
  },
] as const

export async function seedSubscriptions(payload: Payload, context: SeedContext): Promise<void> {
  const ids: number[] = []
  for (const p of PLANS) {
    const created = (await payload.create({
      collection: 'subscription-plans' as never,
      locale: 'fr',
      overrideAccess: true,
      context: { skipAudit: true },
      data: {
        slug: p.slug,
        name: p.name.fr,
        description: p.description.fr,
        price: p.price,
        currency: 'XOF',
        period: p.period,
        active: true,
        sortOrder: p.sortOrder,
        benefits: p.benefits.map((b) => ({ type: b.type, percent: 'percent' in b ? b.percent : undefined, label: b.label.fr })),
      } as never,
    })) as unknown as { benefits: { id: string }[]; id: number }
    // English texts on the same document (array rows keep their ids)
    await payload.update({
      collection: 'subscription-plans' as never,
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      context: { skipAudit: true },
      data: {
        name: p.name.en,
        description: p.description.en,
        benefits: p.benefits.map((b, i) => ({ id: created.benefits[i].id, type: b.type, percent: 'percent' in b ? b.percent : undefined, label: b.label.en })),
      } as never,
    })
    ids.push(created.id)
  }

  const subscriber = context.usersByRole.participant?.[0]
  if (subscriber) {
    const start = new Date()
    await payload.create({
      collection: 'subscriptions' as never,
      overrideAccess: true,
      context: { skipAudit: true },
      data: {
        user: subscriber.id,
        plan: ids[0],
        status: 'active',
        periodNumber: 1,
        currentPeriodStart: start.toISOString(),
        currentPeriodEnd: addPeriod(start, 'month').toISOString(),
        provider: 'sandbox',
        amount: PLANS[0].price,
        currency: 'XOF',
        history: [{ from: null, to: 'active', by: 'system', at: start.toISOString(), reason: 'demo data' }],
      } as never,
    })
  }
  logger.info(`subscriptions: seeded ${ids.length} plans${subscriber ? ` and an active subscription for ${subscriber.email}` : ''}`)
}
