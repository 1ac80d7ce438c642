/** Dance plugin part "classes": see the plugin README. (Being built: adds nothing yet.) */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'
import type { DancePart } from '../shared'

export const classesPart: DancePart = (config) => config

export async function seedClasses(_payload: Payload, _context: SeedContext): Promise<void> {}
