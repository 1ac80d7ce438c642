/**
 * Dance plugin part "community" (see README.md): dancer profiles on users, artists and their
 * reviews, the artist directory, and competitions (couples, judges' scores, published results).
 * Links festivals and events to artists when the events plugin is on.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { ArtistReviews } from './collections/artist-reviews'
import { Artists } from './collections/artists'
import { COMPETITION_COLLECTIONS } from './collections/competitions'
import { DANCER_FIELDS } from './collections/dancer-fields'
import { dancerEndpoint } from './endpoints/dancers'
import type { DancePart } from '../shared'

export { seedCommunity } from './seed'

/** Fields this part adds to collections other plugins (or the core) own, when they exist. */
const EXTENSIONS: Record<string, Field[]> = {
  users: DANCER_FIELDS,
  festivals: [
    { name: 'featuredArtists', type: 'relationship', relationTo: 'artists', hasMany: true, maxRows: 50, label: { en: 'Featured artists', fr: 'Artistes invités' } },
  ],
  events: [
    { name: 'instructors', type: 'relationship', relationTo: 'artists', hasMany: true, maxRows: 20, label: { en: 'Instructors', fr: 'Professeurs' } },
  ],
}

const extend = (collection: CollectionConfig): CollectionConfig =>
  EXTENSIONS[collection.slug] ? { ...collection, fields: [...collection.fields, ...EXTENSIONS[collection.slug]] } : collection

export const communityPart: DancePart = (config: Config): Config => ({
  ...config,
  collections: [...(config.collections ?? []).map(extend), Artists, ArtistReviews, ...COMPETITION_COLLECTIONS],
  endpoints: [...(config.endpoints ?? []), dancerEndpoint],
})
