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

import type { SeedContext } from '../../seed/core'

import { carePart, seedCare } from './care'
import { classesPart, seedClasses } from './classes'
import { DanceStyles } from './collections/dance-styles'
import { communityPart, seedCommunity } from './community'
import { competitionsPart, seedCompetitions } from './competitions'
import { formationsPart, seedFormations } from './formations'

const PARTS = [communityPart, classesPart, competitionsPart, carePart, formationsPart]

export const dancePlugin =
  (): Plugin =>
  (config: Config): Config =>
    PARTS.reduce<Config>((c, part) => part(c), { ...config, collections: [...(config.collections ?? []), DanceStyles] })

export async function seedDance(payload: Payload, context: SeedContext): Promise<void> {
  await seedCommunity(payload, context)
  await seedClasses(payload, context)
  await seedCompetitions(payload, context)
  await seedCare(payload, context)
  await seedFormations(payload, context)
}
