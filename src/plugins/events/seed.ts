/**
 * Demo data for `npm start`: categories, events in every moderation state (published, pending,
 * rejected), a festival with Basic / Premium / VIP packages sharing its capacity, registrations in
 * several states (confirmed, checked in, waitlisted, pending payment) made through the engine.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../seed/core'

import { logger } from '../../lib/logger'
import { checkIn, register } from '../bookings'

const day = 86_400_000
const at = (days: number, hour = 20) => {
  const d = new Date(Date.now() + days * day)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

export async function seedEvents(payload: Payload, context: SeedContext): Promise<void> {
  const organizers = context.usersByRole.organizer ?? []
  const participants = [...(context.usersByRole.participant ?? []), ...(context.usersByRole.student ?? []), ...(context.usersByRole.customer ?? [])]
  const organizer = organizers[0] ?? context.admin
  const other = organizers[1] ?? organizer
  const create = <T = any>(collection: 'event-categories' | 'events' | 'festival-packages' | 'festivals', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, context: { skipAudit: true } }) as Promise<T>

  const [dance, music, talks] = await Promise.all([
    create('event-categories', { name: 'Danse', slug: 'danse' }),
    create('event-categories', { name: 'Musique', slug: 'musique' }),
    create('event-categories', { name: 'Conférences', slug: 'conferences' }),
  ])
  const common = { timezone: 'Africa/Porto-Novo', country: 'BJ', currency: 'XOF' }
  const salsa = await create('events', {
    ...common,
    title: 'Soirée salsa sur la plage',
    shortDescription: 'Initiation à 20 h, puis social jusqu’à minuit.',
    category: dance.id,
    type: 'social',
    status: 'published',
    organizer: organizer.id,
    startsAt: at(5),
    endsAt: at(5, 23),
    venue: 'Plage de Fidjrossè',
    city: 'Cotonou',
    latitude: 6.3486,
    longitude: 2.3653,
    access: 'paid',
    price: 5000,
    earlyBirdPrice: 3500,
    earlyBirdUntil: at(2, 0),
    capacity: 3,
    featured: true,
  })
  const workshop = await create('events', {
    ...common,
    title: 'Atelier bachata sensual (niveau 2)',
    category: dance.id,
    type: 'workshop',
    status: 'published',
    organizer: other.id,
    startsAt: at(12, 16),
    endsAt: at(12, 19),
    venue: 'Institut français',
    city: 'Cotonou',
    latitude: 6.3654,
    longitude: 2.4183,
    access: 'free',
    capacity: 20,
    minParticipants: 6,
    confirmationDeadline: at(10, 12),
  })
  await create('events', { ...common, title: 'Concert afro-jazz', category: music.id, type: 'concert', status: 'pending_review', organizer: organizer.id, startsAt: at(20), city: 'Porto-Novo', access: 'paid', price: 10000, capacity: 200 })
  await create('events', {
    ...common,
    title: 'Conférence : entreprendre dans la culture',
    category: talks.id,
    type: 'conference',
    status: 'rejected',
    rejectionReason: 'Merci de préciser le lieu et le programme.',
    organizer: other.id,
    startsAt: at(25, 9),
    city: 'Cotonou',
    capacity: 80,
  })
  await create('events', { ...common, title: 'Masterclass kizomba (brouillon)', category: dance.id, type: 'masterclass', status: 'draft', organizer: organizer.id, startsAt: at(40), capacity: 30 })

  const festival = await create('festivals', { name: 'Cotonou Bachata Festival', status: 'published', organizer: organizer.id, startDate: at(60, 10), endDate: at(62, 23), registrationDeadline: at(50, 0), city: 'Cotonou', country: 'BJ', venue: 'Palais des congrès', capacity: 300 })
  const packages = [
    { name: 'Basic', level: 'basic', price: 25000, earlyBirdPrice: 20000, earlyBirdUntil: at(20, 0), slots: 200, features: [{ feature: 'Soirées' }, { feature: 'Ateliers du samedi' }] },
    { name: 'Premium', level: 'premium', price: 45000, slots: 80, features: [{ feature: 'Tous les ateliers' }, { feature: 'Soirées' }, { feature: 'T-shirt' }] },
    { name: 'VIP', level: 'vip', price: 90000, slots: 20, features: [{ feature: 'Tout Premium' }, { feature: 'Dîner avec les artistes' }, { feature: 'Places réservées' }] },
  ]
  const [basic] = await Promise.all(packages.map((p) => create('festival-packages', { ...p, festival: festival.id, currency: 'XOF' })))

  // registrations through the engine, as the participants would make them
  const as = async (user: { id: number | string }) => createLocalReq({ user: (await payload.findByID({ collection: 'users', id: user.id, depth: 0 })) as never }, payload)
  const made: string[] = []
  for (const [i, p] of participants.slice(0, 4).entries()) {
    const req = await as(p)
    const res = await register(req, { collection: 'events', id: workshop.id }).catch((err) => logger.warn({ err }, 'events seed: registration skipped'))
    if (res) made.push(res.registration.status)
    if (res && i === 0 && res.registration.ticketCode) {
      const staff = await as(other)
      await checkIn(staff, res.registration.ticketCode).catch(() => undefined)
      made.push('checked_in')
    }
  }
  for (const p of participants.slice(0, 5)) {
    const res = await register(await as(p), { collection: 'events', id: salsa.id, provider: 'sandbox' }).catch(() => undefined)
    if (res) made.push(res.registration.status)
  }
  const fest = participants[5] ?? participants[0]
  if (fest) {
    const res = await register(await as(fest), { collection: 'festival-packages', id: basic.id, provider: 'sandbox' }).catch(() => undefined)
    if (res) made.push(res.registration.status)
  }
  logger.info(`events: 3 categories, 5 events, 1 festival with 3 packages, registrations: ${made.join(', ') || 'none'}`)
}
