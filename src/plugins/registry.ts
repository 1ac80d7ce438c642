/**
 * Every domain and service plugin, in the order they are applied. Enabling or disabling one
 * is one line here (or `VIBE_DISABLED_PLUGINS=name,name` at run time).
 */
import type { Payload, Plugin } from 'payload'

import type { SeedContext } from '../seed/core'

import { deliveryPlugin } from './delivery'
import { seedDelivery } from './delivery/seed'

export type VibePlugin = {
  name: string
  plugin: () => Plugin
  /** Demo data for `npm start`; runs once, after the core seed. */
  seed?: (payload: Payload, context: SeedContext) => Promise<void>
}

export const PLUGINS: VibePlugin[] = [
  // service plugins first: domain plugins register purposes and templates with them
  { name: 'delivery', plugin: deliveryPlugin, seed: seedDelivery },
]

/** Tags a plugin function with its registry name so the seed knows which plugins are on. */
export const named = (name: string, plugin: Plugin): Plugin => Object.assign(plugin, { vibeName: name })
