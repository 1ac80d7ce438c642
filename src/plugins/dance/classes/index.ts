/**
 * Dance plugin part "classes": regular dance classes (the seed's "Course") and trainings organized
 * by members. Every place is taken through the `bookings` engine (capacity, waitlist, payment,
 * minimum participants); this part describes what is booked. See README.md.
 */
import type { DancePart } from '../shared'

import { DanceClasses } from './collections/dance-classes'
import { Trainings } from './collections/trainings'
import { lifecycleTask } from './services/lifecycle'

export { seedClasses } from './seed'

export const classesPart: DancePart = (config) => ({
  ...config,
  collections: [...(config.collections ?? []), DanceClasses, Trainings],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), lifecycleTask] },
})
