/**
 * Dance plugin (BachataVibe, seed 000): dancers and styles, artists and their reviews, dance
 * classes and trainings (places through `bookings`), competitions, care (wellness) bookings,
 * formations (articles); theory courses are served by `learning` (seeded here). Events and
 * festivals are the `events` plugin's; this plugin links them to artists when both are on.
 *
 * Built from parts, each in its own folder (collections, services, endpoints, seed): the parts are
 * applied in order, community first (styles, artists) because the others point at them.
 */
import type { Config, Payload, Plugin } from 'payload'

import type { Role } from '../../access/roles'
import type { SeedContext } from '../../seed/core'

import { forRoles } from '../../admin/visibility'

import { carePart, seedCare } from './care'
import { classesPart, seedClasses } from './classes'
import { DanceStyles } from './collections/dance-styles'
import { communityPart, seedCommunity } from './community'
import { competitionsPart, seedCompetitions } from './competitions'
import { formationsPart, seedFormations } from './formations'

const PARTS = [communityPart, classesPart, competitionsPart, carePart, formationsPart]

/**
 * Who sees which dance collections in the admin navigation (admins see all): a restaurant owner
 * or a marketer does not get a Dance group. Keyed by slug; a collection not listed goes to the
 * editors only.
 */
const NAVIGATION: { roles: Role[]; slugs: string[] }[] = [
  { roles: ['editor', 'artist', 'organizer'], slugs: ['dance-styles', 'artists', 'artist-reviews', 'competitions', 'competition-categories', 'competition-entries', 'competition-scores'] },
  { roles: ['editor', 'instructor', 'artist', 'organizer'], slugs: ['dance-classes', 'trainings'] },
  { roles: ['editor', 'practitioner'], slugs: ['care-practitioners', 'care-services', 'care-bookings'] },
  { roles: ['editor', 'instructor', 'artist'], slugs: ['formation-categories', 'formations'] },
]

const rolesFor = (slug: string): Role[] => NAVIGATION.find((n) => n.slugs.includes(slug))?.roles ?? ['editor']

export const dancePlugin =
  (): Plugin =>
  (config: Config): Config => {
    const before = new Set((config.collections ?? []).map((c) => c.slug))
    const out = PARTS.reduce<Config>((c, part) => part(c), { ...config, collections: [...(config.collections ?? []), DanceStyles] })
    return { ...out, collections: (out.collections ?? []).map((c) => (before.has(c.slug) ? c : forRoles([c], rolesFor(c.slug))[0])) }
  }

export async function seedDance(payload: Payload, context: SeedContext): Promise<void> {
  await seedCommunity(payload, context)
  await seedClasses(payload, context)
  await seedCompetitions(payload, context)
  await seedCare(payload, context)
  await seedFormations(payload, context)
}
