/**
 * Time-driven work: minimum participants at the confirmation deadline (cancel + refund + notify, or
 * confirm + notify) and reminders the day before and the hour before (once per registration).
 */
import type { PayloadRequest } from 'payload'

import { inTransaction, rows, sql } from '../../../db/transaction'
import { tellAttendee } from './notify'
import { cancelAllRegistrations, notifyParticipants } from './registrations'
import { bookableSource } from './registry'

type Due = { id: number; resource_collection: string; resource_id: number; min_participants: number; label: null | string }

export async function checkMinimums(req: PayloadRequest, now = new Date()): Promise<{ confirmed: number; cancelled: number }> {
  const due = await rows<Due>(
    req,
    sql`SELECT id, resource_collection, resource_id, min_participants, label FROM booking_buckets
         WHERE confirmation_state = 'pending' AND min_participants > 0 AND confirmation_deadline <= ${now.toISOString()} ORDER BY id LIMIT 100`,
  )
  const out = { confirmed: 0, cancelled: 0 }
  for (const b of due) {
    await inTransaction(req, async () => {
      const [locked] = await rows<{ confirmation_state: string }>(req, sql`SELECT confirmation_state FROM booking_buckets WHERE id = ${b.id} FOR UPDATE`)
      if (locked?.confirmation_state !== 'pending') return
      const [{ n }] = await rows<{ n: number }>(req, sql`SELECT count(*)::int AS n FROM booking_registrations WHERE bucket_id = ${b.id} AND status IN ('confirmed', 'checked_in')`)
      const source = bookableSource(b.resource_collection)
      if (n < Number(b.min_participants)) {
        const reason = `fewer than ${b.min_participants} participants at the confirmation deadline (${n})`
        await cancelAllRegistrations(req, b.resource_collection, b.resource_id, reason)
        await source?.onAutoCancelled?.(req, b.resource_id, reason)
        out.cancelled++
      } else {
        await rows(req, sql`UPDATE booking_buckets SET confirmation_state = 'confirmed' WHERE id = ${b.id}`)
        await notifyParticipants(req, b.resource_collection, b.resource_id, 'booking.resource_confirmed', { title: b.label }, 'minimum')
        await source?.onConfirmed?.(req, b.resource_id)
        out.confirmed++
      }
    })
  }
  return out
}

const HOUR = 3_600_000

/** Sends the day-before and hour-before reminders that are due; each one once per registration. */
export async function sendReminders(req: PayloadRequest, now = new Date()): Promise<number> {
  const due = await rows<{ id: number; user_id: number; resource_title: null | string; starts_at: Date | string; day_before: null | string; hour_before: null | string }>(
    req,
    sql`SELECT r.id, r.user_id, r.resource_title, b.starts_at, r.reminders_day_before AS day_before, r.reminders_hour_before AS hour_before
          FROM booking_registrations r JOIN booking_buckets b ON b.id = r.bucket_id
         WHERE r.status = 'confirmed' AND b.starts_at > ${now.toISOString()} AND b.starts_at <= ${new Date(now.getTime() + 24 * HOUR).toISOString()}
           AND (r.reminders_day_before IS NULL OR (r.reminders_hour_before IS NULL AND b.starts_at <= ${new Date(now.getTime() + HOUR).toISOString()}))
         ORDER BY r.id LIMIT 1000`,
  )
  let sent = 0
  for (const r of due) {
    const startsAt = new Date(r.starts_at)
    const kind = startsAt.getTime() - now.getTime() <= HOUR ? 'hourBefore' : 'dayBefore'
    if (kind === 'dayBefore' && r.day_before) continue
    if (kind === 'hourBefore' && r.hour_before) continue
    await inTransaction(req, async () => {
      // the hour-before reminder makes the day-before one pointless when both are due at once
      const marks = kind === 'hourBefore' ? { dayBefore: r.day_before ?? now.toISOString(), hourBefore: now.toISOString() } : { dayBefore: now.toISOString(), hourBefore: null }
      await req.payload.update({ collection: 'booking-registrations', id: r.id, data: { reminders: marks } as never, overrideAccess: true, depth: 0, req })
      await tellAttendee(req, r.user_id, 'booking.reminder', { title: r.resource_title, startsAt: startsAt.toISOString(), when: kind === 'hourBefore' ? 'in one hour' : 'tomorrow', location: '', registrationId: r.id }, `booking.reminder:${kind}:${r.id}`)
      sent++
    })
  }
  return sent
}
