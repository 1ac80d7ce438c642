/** Dance plugin part "competitions": see the plugin README. (Being built: adds nothing yet.) */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

export const competitionsPart: DancePart = (config) => config

export async function seedCompetitions(_payload: Payload, _context: SeedContext): Promise<void> {}
