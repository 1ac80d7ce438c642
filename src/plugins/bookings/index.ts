/**
 * The `bookings` service plugin: one engine for everything that sells or gives a limited number of
 * places (event tickets, festival packages, later classes, trainings, care slots).
 *
 * A domain plugin describes what it books and keeps each resource's bucket in sync:
 *
 * ```ts
 * registerBookable('events', { load: async (req, id) => ({ title, organizerIds, staffIds, currency, pricing, open, waitlist, … }) })
 * // afterChange of an event:
 * await syncBucket(req, { resourceCollection: 'events', resourceId: doc.id, capacity: doc.capacity, minParticipants, confirmationDeadline, startsAt })
 * // its thin endpoints call:
 * await register(req, { collection: 'events', id, promoCode, provider, phone })
 * await cancelAllRegistrations(req, 'events', id, 'cancelled by the organizer')
 * ```
 *
 * The engine owns the rest: atomic capacity (shared quotas through a parent bucket), the
 * registration transition table, unpaid-hold expiry and timed waitlist offers (jobs on queue
 * `bookings`), prices and promo codes, payment and refunds through `payments`, tickets + QR and
 * check-in, attendee lists, minimum participants and reminders through `notifications`.
 */
import type { Config, Plugin } from 'payload'

import { asSystem, forRoles } from '../../admin/visibility'
import { BookingBuckets } from './collections/booking-buckets'
import { BookingRegistrations } from './collections/booking-registrations'
import { PromoCodes } from './collections/promo-codes'
import { bookingsEndpoints } from './endpoints'
import { expireTask, minimumsTask, remindersTask } from './jobs'
import { holdMinutes, offerMinutes } from './services/registrations'

export { BOOKINGS_QUEUE } from './jobs'
export { type Bookable, type BookableSource, registerBookable } from './services/registry'
export { bucketFor, syncBucket, type SyncBucketInput } from './services/capacity'
export { currentTier, type PriceTiers, quote } from './services/pricing'
export {
  acceptOffer,
  cancelAllRegistrations,
  cancelRegistration,
  notifyParticipants,
  register,
  type RegisterInput,
  type Registration,
  REGISTRATION_PURPOSE,
} from './services/registrations'
export { ACTIVE, HOLDS_PLACE, REGISTRATION_STATUSES, type RegistrationStatus } from './services/transitions'
export { checkIn, listAttendees, toCsv } from './services/tickets'
export { attendeesAnswer, paymentChoice, registerFields } from './endpoints'

export const bookingsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    // a bad BOOKINGS_HOLD_MINUTES / BOOKINGS_OFFER_MINUTES stops the start, not the first booking
    holdMinutes()
    offerMinutes()
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        // internal capacity counters, changed only by the engine
        asSystem(BookingBuckets),
        // organizers see their promo codes and registrations; editors moderate events
        ...forRoles([BookingRegistrations, PromoCodes], ['organizer', 'editor']),
      ],
      endpoints: [...(config.endpoints ?? []), ...bookingsEndpoints],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), expireTask, minimumsTask, remindersTask] },
    }
  }
