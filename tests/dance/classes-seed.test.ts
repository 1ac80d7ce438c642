/** The classes and care demo seeds run on a fresh database: published classes, a training one short of its minimum, a practitioner with two services. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SeedContext } from '../../src/seed/core'

import { seedCare } from '../../src/plugins/dance/care'
import { seedClasses } from '../../src/plugins/dance/classes'
import { createUser } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let context: SeedContext

beforeAll(async () => {
  t = await startTestServer()
  const ref = (u: any) => ({ id: u.id, email: u.email })
  const admin = await createUser(t.payload, { roles: ['admin'] })
  const instructors = await Promise.all([createUser(t.payload, { roles: ['instructor'] }), createUser(t.payload, { roles: ['instructor'] })])
  const participants = await Promise.all(Array.from({ length: 4 }, () => createUser(t.payload, { roles: ['participant'] })))
  const practitioner = await createUser(t.payload, { roles: ['practitioner'] })
  context = {
    admin: ref(admin),
    usersByRole: { instructor: instructors.map(ref), participant: participants.map(ref), practitioner: [ref(practitioner)] },
    mediaIds: [],
    demoPassword: 'x',
  }
})
afterAll(async () => {
  await t?.close()
})

describe('classes and care demo seeds', () => {
  it('creates published classes with schedules and a training one participant short of its minimum', async () => {
    await seedClasses(t.payload, context)
    const classes = (await t.payload.find({ collection: 'dance-classes', depth: 0 })).docs as any[]
    expect(classes.length).toBeGreaterThanOrEqual(2)
    expect(classes.every((c) => c.status === 'published' && c.schedule.length > 0)).toBe(true)
    const [training] = (await t.payload.find({ collection: 'trainings', depth: 0 })).docs as any[]
    expect(training).toMatchObject({ status: 'pending', isMinimumReached: false })
    expect(training.participantsCount).toBe(training.minParticipants - 1)
  })

  it('creates a practitioner with two services and their availability', async () => {
    await seedCare(t.payload, context)
    expect((await t.payload.find({ collection: 'care-practitioners', depth: 0 })).totalDocs).toBe(1)
    const services = (await t.payload.find({ collection: 'care-services', depth: 0 })).docs as any[]
    expect(services).toHaveLength(2)
    expect(services.every((s) => s.availability.length > 0 && s.price > 0)).toBe(true)
  })
})
