/** The community demo seed runs on a fresh database: styles, dancers, artists with computed ratings, a competition with published results. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedCommunity } from '../../src/plugins/dance/community'
import { createUser } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  await t?.close()
})

describe('community demo seed', () => {
  it('creates styles, dancer profiles, artists with reviews and a judged competition', async () => {
    const admin = await createUser(t.payload, { roles: ['admin'] })
    const make = (role: 'artist' | 'instructor' | 'organizer' | 'participant' | 'student', n: number) =>
      Promise.all(Array.from({ length: n }, () => createUser(t.payload, { roles: [role] }))).then((us) => us.map((u) => ({ id: u.id, email: u.email })))
    await seedCommunity(t.payload, {
      admin: { id: admin.id, email: admin.email },
      usersByRole: { artist: await make('artist', 2), instructor: await make('instructor', 2), organizer: await make('organizer', 1), participant: await make('participant', 4), student: await make('student', 2) },
      mediaIds: [],
      demoPassword: 'x',
    })
    const artists = (await t.payload.find({ collection: 'artists', depth: 0, limit: 10 })).docs as any[]
    expect(artists).toHaveLength(4)
    for (const a of artists) {
      const reviews = (await t.payload.find({ collection: 'artist-reviews', where: { artist: { equals: a.id } }, depth: 0 })).docs as any[]
      expect(a.ratingCount).toBe(reviews.length)
      expect(a.ratingAverage).toBeCloseTo(reviews.reduce((s, r) => s + r.overallRating, 0) / reviews.length, 2)
    }
    const comps = (await t.payload.find({ collection: 'competitions', depth: 0, sort: 'createdAt' })).docs as any[]
    expect(comps.map((c) => c.status)).toEqual(['published', 'open'])
    const ranked = (await t.payload.find({ collection: 'competition-entries', where: { competition: { equals: comps[0].id } }, depth: 0, sort: 'rank' })).docs as any[]
    expect(ranked.length).toBeGreaterThanOrEqual(4)
    expect(ranked.every((e) => e.rank >= 1)).toBe(true)
    const res = await t.api.get(`/api/dancers/${artists[0].user}`)
    expect(res.status).toBe(200)
    expect(res.body.artist.id).toBe(artists[0].id)
  })
})
