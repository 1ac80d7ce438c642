/**
 * Every domain and service plugin, in the order they are applied. Enabling or disabling one
 * is one line here (or `VIBE_DISABLED_PLUGINS=name,name` at run time).
 */
import type { Payload, Plugin } from 'payload'

import type { SeedContext } from '../seed/core'

import { notificationsPlugin, seedNotifications } from './notifications'
import { paymentsPlugin, seedPayments } from './payments'
import { bookingsPlugin } from './bookings'
import { learningPlugin } from './learning'
import { seedLearning } from './learning/seed'
import { deliveryPlugin } from './delivery'
import { eventsPlugin } from './events'
import { seedEvents } from './events/seed'
import { seedDelivery } from './delivery/seed'
import { seedSubscriptions, subscriptionsPlugin } from './subscriptions'
import { seedSocialPublishing, socialPublishingPlugin } from './social-publishing'
import { aiImagesPlugin, seedAiImages } from './ai-images'
import { dancePlugin, seedDance } from './dance'

export type VibePlugin = {
  name: string
  plugin: () => Plugin
  /** Demo data for `npm start`; runs once, after the core seed. */
  seed?: (payload: Payload, context: SeedContext) => Promise<void>
}

export const PLUGINS: VibePlugin[] = [
  // service plugins first: domain plugins register purposes and templates with them
  { name: 'notifications', plugin: notificationsPlugin, seed: seedNotifications },
  { name: 'payments', plugin: paymentsPlugin, seed: seedPayments },
  { name: 'bookings', plugin: bookingsPlugin },
  { name: 'learning', plugin: () => learningPlugin, seed: seedLearning },
  { name: 'delivery', plugin: deliveryPlugin, seed: seedDelivery },
  { name: 'events', plugin: eventsPlugin, seed: seedEvents },
  { name: 'subscriptions', plugin: subscriptionsPlugin, seed: seedSubscriptions },
  { name: 'social-publishing', plugin: socialPublishingPlugin, seed: seedSocialPublishing },
  // after social-publishing: it adds the generatedImages field to scheduled-posts when that collection exists
  { name: 'ai-images', plugin: aiImagesPlugin, seed: seedAiImages },
  // after events: it links festivals and events to artists when the events plugin is on
  { name: 'dance', plugin: dancePlugin, seed: seedDance },
]

/** Tags a plugin function with its registry name so the seed knows which plugins are on. */
export const named = (name: string, plugin: Plugin): Plugin => Object.assign(plugin, { vibeName: name })
