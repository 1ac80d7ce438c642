/** Dance plugin part "formations": see the plugin README. (Being built: adds nothing yet.) */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

export const formationsPart: DancePart = (config) => config

export async function seedFormations(_payload: Payload, _context: SeedContext): Promise<void> {}
