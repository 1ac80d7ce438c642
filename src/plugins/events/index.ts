/**
 * Events plugin (SpotVibe seed 003 + BachataVibe seed 000): moderated events with categories,
 * festivals and their packages, follows, calendars. Everything booked goes through the `bookings`
 * engine's public API; this plugin only describes what is bookable.
 */
import type { Config, Plugin } from 'payload'

import type { Role } from '../../access/roles'
import { addDashboardWidgets } from '../../admin/dashboard'
import { forRoles } from '../../admin/visibility'
import { EventCategories } from './collections/event-categories'
import { Events } from './collections/events'
import { FestivalPackages, Festivals } from './collections/festivals'
import { Follows } from './collections/follows'
import { rootEndpoints } from './endpoints/root'

export { EVENT_STATUSES, type EventStatus } from './services/moderation'

/** Who works with events in the admin: organizers, and editors who moderate (admins see everything). */
export const EVENTS_ROLES: Role[] = ['organizer', 'editor']

export const eventsPlugin =
  (): Plugin =>
  (config: Config): Config =>
    addDashboardWidgets(
      {
        ...config,
        collections: [...(config.collections ?? []), ...forRoles([EventCategories, Events, Festivals, FestivalPackages, Follows], EVENTS_ROLES)],
        endpoints: [...(config.endpoints ?? []), ...rootEndpoints],
      },
      [{ slug: 'events-overview', Component: '/plugins/events/admin/dashboard-widget#EventsWidget', label: { en: 'Events', fr: 'Événements' }, roles: EVENTS_ROLES, order: 15, width: 'medium' }],
    )
