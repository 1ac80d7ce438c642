/**
 * Events plugin (SpotVibe seed 003 + BachataVibe seed 000): moderated events with categories,
 * festivals and their packages, follows, calendars. Everything booked goes through the `bookings`
 * engine's public API; this plugin only describes what is bookable.
 */
import type { Config, Plugin } from 'payload'

import { EventCategories } from './collections/event-categories'
import { Events } from './collections/events'
import { FestivalPackages, Festivals } from './collections/festivals'
import { Follows } from './collections/follows'
import { rootEndpoints } from './endpoints/root'

export { EVENT_STATUSES, type EventStatus } from './services/moderation'

export const eventsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), EventCategories, Events, Festivals, FestivalPackages, Follows],
    endpoints: [...(config.endpoints ?? []), ...rootEndpoints],
  })
