/** Dance plugin part "community": see the plugin README. (Being built: adds nothing yet.) */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

export const communityPart: DancePart = (config) => config

export async function seedCommunity(_payload: Payload, _context: SeedContext): Promise<void> {}
