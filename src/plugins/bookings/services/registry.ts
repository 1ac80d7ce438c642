/**
 * What can be booked: each domain plugin registers its bookable collections once, at module load,
 * with a loader that describes one resource (who organizes it, its prices and deadlines). The
 * engine never reads a domain's collection itself.
 */
import type { PayloadRequest } from 'payload'

import type { PriceTiers } from './pricing'

export type Bookable = {
  title: string
  /** Users who manage the resource: see attendees, check in, cancel registrations. */
  organizerIds: (number | string)[]
  /** Users who may only check tickets in. */
  staffIds: (number | string)[]
  currency: string
  pricing: PriceTiers
  /** true when registrations are accepted now; otherwise why not (answered with 409). */
  open: string | true
  /** Full → join the waitlist (true) or refuse (false). */
  waitlist: boolean
  /** Cancellations by attendees before this instant are refunded; none after. Null: always refunded before the start. */
  cancellationDeadline?: Date | null | string
  startsAt?: Date | null | string
  endsAt?: Date | null | string
  timezone?: null | string
  location?: null | string
  /** Where the attendee sees it (used in notifications). */
  url?: string
}

export type BookableSource = {
  /** Loads one resource (server access: `overrideAccess: true`, with `req`). Null when it does not exist. */
  load: (req: PayloadRequest, id: number | string) => Promise<Bookable | null>
  /** The engine cancelled every registration (minimum not reached at the confirmation deadline). */
  onAutoCancelled?: (req: PayloadRequest, id: number | string, reason: string) => Promise<void>
  /** The minimum was reached at the confirmation deadline. */
  onConfirmed?: (req: PayloadRequest, id: number | string) => Promise<void>
}

const sources = new Map<string, BookableSource>()

/**
 * Declares a collection whose documents can be booked, e.g. `registerBookable('events', { load })`.
 * Call once per collection at module load of the domain plugin.
 */
export function registerBookable(collection: string, source: BookableSource): void {
  if (!/^[a-z][a-z0-9-]*$/.test(collection)) throw new Error(`Bookable collection "${collection}" must be a collection slug.`)
  sources.set(collection, source)
}

export const bookableSource = (collection: string): BookableSource | undefined => sources.get(collection)
export const bookableCollections = (): string[] => [...sources.keys()]
