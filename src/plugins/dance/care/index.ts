/**
 * Dance plugin part "care": wellness practitioners, their services with weekly availability and
 * bookings of one slot (no overlap per practitioner, enforced by the database; paid through
 * `payments`). See README.md.
 */
import type { DancePart } from '../shared'

import { CareBookings, CarePractitioners, CareServices } from './collections/care'

export { seedCare } from './seed'

export const carePart: DancePart = (config) => ({ ...config, collections: [...(config.collections ?? []), CarePractitioners, CareServices, CareBookings] })
