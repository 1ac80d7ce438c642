/**
 * Festivals: the festival's capacity is a bucket shared by its packages (each package bucket draws
 * on it), so Basic + Premium + VIP never sell more than the festival holds. Registration through
 * the booking engine, closed at the festival's registration deadline.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { registerBookable, syncBucket } from '../../bookings'
import { idOf } from '../access'

type Festival = { id: number; name: string; slug?: string; status: string; organizer?: unknown; staff?: unknown[] | null; capacity?: null | number; startDate: string; endDate?: null | string; registrationDeadline?: null | string; cancellationDeadline?: null | string; city?: null | string; venue?: null | string }
type Package = { id: number; name: string; festival: unknown; active?: boolean | null; price?: null | number; earlyBirdPrice?: null | number; earlyBirdUntil?: null | string; currency?: null | string; slots?: null | number }

const find = async <T>(req: PayloadRequest, collection: 'festival-packages' | 'festivals', id: unknown) =>
  (await req.payload.findByID({ collection, id: idOf(id), depth: 0, overrideAccess: true, req }).catch(() => null)) as null | T

registerBookable('festival-packages', {
  load: async (req, id) => {
    const p = await find<Package>(req, 'festival-packages', id)
    if (!p) return null
    const f = await find<Festival>(req, 'festivals', p.festival)
    if (!f) return null
    const now = new Date()
    let open: string | true = true
    if (f.status !== 'published') open = `This festival is ${f.status}: registrations are closed.`
    else if (!p.active) open = `The ${p.name} package is not on sale.`
    else if (f.registrationDeadline && now >= new Date(f.registrationDeadline)) open = `Registrations closed on ${new Date(f.registrationDeadline).toISOString()}.`
    else if (now >= new Date(f.startDate)) open = 'This festival has already started.'
    return {
      title: `${f.name} — ${p.name}`,
      organizerIds: f.organizer ? [idOf(f.organizer)] : [],
      staffIds: (f.staff ?? []).map(idOf),
      currency: p.currency ?? 'XOF',
      pricing: { regular: p.price ?? 0, earlyBird: p.earlyBirdPrice, earlyBirdUntil: p.earlyBirdUntil },
      open,
      waitlist: false,
      cancellationDeadline: f.cancellationDeadline,
      startsAt: f.startDate,
      endsAt: f.endDate,
      location: [f.venue, f.city].filter(Boolean).join(', '),
      url: `/festivals/${f.slug ?? f.id}`,
    }
  },
})

export const syncFestivalBucket: CollectionAfterChangeHook = async ({ doc, req }) => {
  const f = doc as Festival
  await syncBucket(req, { resourceCollection: 'festivals', resourceId: f.id, label: f.name, capacity: f.capacity ?? 0, startsAt: f.startDate })
  return doc
}

export const syncPackageBucket: CollectionAfterChangeHook = async ({ doc, req }) => {
  const p = doc as Package
  const f = await find<Festival>(req, 'festivals', p.festival)
  await syncBucket(req, { resourceCollection: 'festival-packages', resourceId: p.id, label: `${f?.name ?? ''} — ${p.name}`, capacity: p.slots ?? 0, parent: { collection: 'festivals', id: idOf(p.festival) }, startsAt: f?.startDate })
  return doc
}
