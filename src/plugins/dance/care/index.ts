/** Dance plugin part "care": see the plugin README. (Being built: adds nothing yet.) */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

export const carePart: DancePart = (config) => config

export async function seedCare(_payload: Payload, _context: SeedContext): Promise<void> {}
