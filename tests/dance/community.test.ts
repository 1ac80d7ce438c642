/**
 * Dance community over HTTP: dancer profiles (public fields only), artists (one per user, owner or
 * admin edits, server-kept rating), reviews (one per reviewer, no self-review, concurrent reviews
 * leave an exact average), the artist search, and the links to events and festivals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { createUser, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { several } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let admin: Session
let artistUser: Session
let otherArtist: Session
let fan: Session
let stranger: Session
let bachata: any
let kizomba: any
let artist: any

const RATINGS = { teachingRating: 5, professionalismRating: 4, communicationRating: 3 }

beforeAll(async () => {
  t = await startTestServer()
  ;[admin, artistUser, otherArtist, fan, stranger] = await Promise.all([
    userSession(t.payload, t.api, ['admin']),
    userSession(t.payload, t.api, ['artist'], { firstName: 'Carla', lastName: 'Diaz', phone: '+33612345678', birthDate: '1990-05-01T00:00:00.000Z' }),
    userSession(t.payload, t.api, ['artist']),
    userSession(t.payload, t.api, ['participant']),
    userSession(t.payload, t.api, ['participant']),
  ])
  const style = (name: string, slug: string) => t.payload.create({ collection: 'dance-styles', data: { name, slug } as never, overrideAccess: true })
  ;[bachata, kizomba] = await Promise.all([style('Bachata T', `bachata-${Date.now()}`), style('Kizomba T', `kizomba-${Date.now()}`)])
})
afterAll(async () => {
  await t?.close()
})

describe('dancer profile', () => {
  it('the owner fills the dance fields; bad URLs and negative years are 400', async () => {
    const me = `/api/users/${fan.user.id}`
    const ok = await t.api.patch(me, { danceLevel: 'intermediate', yearsExperience: 3, danceStyles: [bachata.id], instagramUrl: 'https://instagram.com/fan', website: 'http://fan.example.com' }, fan.auth)
    expect(ok.status).toBe(200)
    expect(ok.body.doc).toMatchObject({ danceLevel: 'intermediate', yearsExperience: 3 })
    for (const bad of [{ facebookUrl: 'javascript:alert(1)' }, { youtubeUrl: 'ftp://x.example.com/v' }, { website: 'not a url' }, { yearsExperience: -1 }, { yearsExperience: 2.5 }, { danceLevel: 'god' }, { danceStyles: [999999] }]) {
      const res = await t.api.patch(me, bad, fan.auth)
      expect(res.status, JSON.stringify(bad)).toBe(400)
    }
    // another user cannot write someone's profile
    expect([403, 404]).toContain((await t.api.patch(me, { bio: 'hacked' }, stranger.auth)).status)
  })

  it('GET /api/dancers/:id shows only public fields; the users API keeps private fields private (REST and GraphQL)', async () => {
    await t.payload.update({ collection: 'users', id: artistUser.user.id, data: { danceLevel: 'professional', bio: 'Prof de bachata', facebookUrl: 'https://facebook.com/carla' } as never, overrideAccess: true })
    const res = await t.api.get(`/api/dancers/${artistUser.user.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: artistUser.user.id, firstName: 'Carla', lastName: 'Diaz', bio: 'Prof de bachata', danceLevel: 'professional', links: { facebook: 'https://facebook.com/carla' } })
    for (const secret of ['email', 'phone', 'roles', 'birthDate', 'gender', 'apiKey', 'sessions', 'city']) expect(res.body, secret).not.toHaveProperty(secret)
    expect(res.text).not.toContain(artistUser.user.email)
    expect(res.text).not.toContain('+33612345678')
    // users without a dance profile, unknown ids and bad ids
    const plain = await createUser(t.payload, { roles: ['participant'] })
    expect((await t.api.get(`/api/dancers/${plain.id}`)).status).toBe(404)
    expect((await t.api.get('/api/dancers/99999999')).status).toBe(404)
    expect((await t.api.get('/api/dancers/abc')).status).toBe(400)
    // the users collection itself stays closed to others
    expect([403, 404]).toContain((await t.api.get(`/api/users/${artistUser.user.id}`, stranger.auth)).status)
    const list = await t.api.get(`/api/users?where[danceLevel][equals]=professional`, stranger.auth)
    expect(list.body.docs.every((u: any) => u.id === stranger.user.id)).toBe(true)
    const gql = await t.api.graphql(`{ User(id: ${artistUser.user.id}) { email phone danceLevel } }`, undefined, stranger.auth)
    expect(gql.body.data?.User ?? null).toBeNull()
    const gqlList = await t.api.graphql(`{ Users(where: { danceLevel: { equals: professional } }) { docs { id email } } }`, undefined, stranger.auth)
    expect((gqlList.body.data?.Users?.docs ?? []).every((u: any) => u.id === stranger.user.id)).toBe(true)
  })
})

describe('artists', () => {
  it('an artist creates their own profile once; others cannot; the rating is read-only', async () => {
    expect((await t.api.post('/api/artists', { stageName: 'Fan' }, fan.auth)).status).toBe(403)
    expect((await t.api.post('/api/artists', { stageName: 'Anon' })).status).toBe(403)
    // an artist naming another user is refused
    expect((await t.api.post('/api/artists', { stageName: 'Impostor', user: fan.user.id }, artistUser.auth)).status).toBe(403)
    const created = await t.api.post(
      '/api/artists',
      {
        stageName: 'Carla Bachata',
        bio: 'Championne',
        specialties: [bachata.id],
        baseCity: 'Cotonou',
        availableForTeaching: true,
        hourlyRate: 20000,
        currency: 'XOF',
        travelRadiusKm: 200,
        ratingAverage: 5,
        ratingCount: 999,
        achievements: [{ title: 'Championne 2024', year: 2024 }],
        certifications: [{ name: 'Diplôme', issuer: 'FFD', year: 2019 }],
        demoVideos: [{ url: 'https://youtube.com/watch?v=abc', title: 'Démo' }],
      },
      artistUser.auth,
    )
    expect(created.status).toBe(201)
    artist = created.body.doc
    expect(artist.user.id ?? artist.user).toBe(artistUser.user.id)
    expect(artist.ratingAverage).toBe(0)
    expect(artist.ratingCount).toBe(0)
    // one profile per user (unique in the database)
    const again = await t.api.post('/api/artists', { stageName: 'Carla 2' }, artistUser.auth)
    expect(again.status).toBe(400)
    // bad input: 400, never 500
    for (const bad of [{ demoVideos: [{ url: 'javascript:alert(1)' }] }, { hourlyRate: -5 }, { hourlyRate: 10.5 }, { travelRadiusKm: 'far' }, { currency: 'euro' }, { specialties: [99999999] }]) {
      const res = await t.api.post('/api/artists', { stageName: 'Other', ...bad }, otherArtist.auth)
      expect(res.status, JSON.stringify(bad)).toBe(400)
    }
  })

  it('only the owner or an admin edits; the rating cannot be written (REST and GraphQL)', async () => {
    expect([403, 404]).toContain((await t.api.patch(`/api/artists/${artist.id}`, { stageName: 'Hijacked' }, otherArtist.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/artists/${artist.id}`, { stageName: 'Hijacked' }, fan.auth)).status)
    expect([401, 403]).toContain((await t.api.delete(`/api/artists/${artist.id}`, fan.auth)).status)
    const gql = await t.api.graphql(`mutation { updateArtist(id: ${artist.id}, data: { stageName: "Hijacked" }) { id stageName } }`, undefined, otherArtist.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const own = await t.api.patch(`/api/artists/${artist.id}`, { bio: 'Championne 2024', ratingAverage: 5, ratingCount: 10, user: fan.user.id }, artistUser.auth)
    expect(own.status).toBe(200)
    expect(own.body.doc).toMatchObject({ bio: 'Championne 2024', ratingAverage: 0, ratingCount: 0 })
    expect(own.body.doc.user.id ?? own.body.doc.user).toBe(artistUser.user.id)
    const byAdmin = await t.api.patch(`/api/artists/${artist.id}`, { stageName: 'Carla B.' }, admin.auth)
    expect(byAdmin.status).toBe(200)
    const read = await t.api.get(`/api/artists/${artist.id}`)
    expect(read.body.stageName).toBe('Carla B.')
    expect((await t.api.get(`/api/artists/${artist.id}`)).body.stageName).toBe('Carla B.')
  })

  it('an admin creates a profile for a user, who gets the artist role', async () => {
    const dancer = await createUser(t.payload, { roles: ['participant'] })
    const res = await t.api.post('/api/artists', { stageName: 'Promu', user: dancer.id }, admin.auth)
    expect(res.status).toBe(201)
    const after = await t.payload.findByID({ collection: 'users', id: dancer.id, depth: 0, overrideAccess: true })
    expect((after as any).roles).toContain('artist')
  })

  it('the owner deletes their profile and its reviews go with it', async () => {
    const owner = await userSession(t.payload, t.api, ['artist'])
    const doomed = await t.payload.create({ collection: 'artists', data: { user: owner.user.id, stageName: 'Éphémère' } as never, overrideAccess: true })
    expect((await t.api.post(`/api/artists/${doomed.id}/reviews`, RATINGS, stranger.auth)).status).toBe(201)
    expect([403, 404]).toContain((await t.api.delete(`/api/artists/${doomed.id}`, stranger.auth)).status)
    expect((await t.api.delete(`/api/artists/${doomed.id}`, owner.auth)).status).toBe(200)
    expect((await t.payload.find({ collection: 'artist-reviews', where: { artist: { equals: doomed.id } }, depth: 0 })).totalDocs).toBe(0)
  })
})

describe('reviews', () => {
  it('refuses self-reviews, duplicates, out-of-range ratings and unknown artists with 4xx', async () => {
    expect((await t.api.post(`/api/artists/${artist.id}/reviews`, RATINGS, artistUser.auth)).status).toBe(403)
    expect((await t.api.post('/api/artist-reviews', { artist: artist.id, ...RATINGS }, artistUser.auth)).status).toBe(403)
    expect((await t.api.post(`/api/artists/${artist.id}/reviews`, RATINGS)).status).toBe(401)
    for (const bad of [{ ...RATINGS, teachingRating: 6 }, { ...RATINGS, communicationRating: 0 }, { ...RATINGS, professionalismRating: 3.5 }, { ...RATINGS, teachingRating: 'five' }, { teachingRating: 5 }]) {
      expect((await t.api.post(`/api/artists/${artist.id}/reviews`, bad, fan.auth)).status, JSON.stringify(bad)).toBe(400)
      expect((await t.api.post('/api/artist-reviews', { artist: artist.id, ...bad }, fan.auth)).status, JSON.stringify(bad)).toBe(400)
    }
    expect((await t.api.post('/api/artists/99999999/reviews', RATINGS, fan.auth)).status).toBe(400)
    expect((await t.api.post('/api/artists/abc/reviews', RATINGS, fan.auth)).status).toBe(400)
    expect((await t.api.post('/api/artist-reviews', { artist: 99999999, ...RATINGS }, fan.auth)).status).toBe(400)
    const first = await t.api.post(`/api/artists/${artist.id}/reviews`, { ...RATINGS, comment: 'Super prof' }, fan.auth)
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({ overallRating: 4, comment: 'Super prof' })
    expect(first.body.doc.reviewer.id ?? first.body.doc.reviewer).toBe(fan.user.id)
    const dup = await t.api.post('/api/artist-reviews', { artist: artist.id, ...RATINGS }, fan.auth)
    expect(dup.status).toBe(409)
    const a = await t.payload.findByID({ collection: 'artists', id: artist.id, depth: 0 })
    expect(a).toMatchObject({ ratingAverage: 4, ratingCount: 1 })
  })

  it('only the reviewer edits or deletes; the average follows (REST and GraphQL)', async () => {
    const review = (await t.payload.find({ collection: 'artist-reviews', where: { and: [{ artist: { equals: artist.id } }, { reviewer: { equals: fan.user.id } }] }, depth: 0 })).docs[0]
    expect([403, 404]).toContain((await t.api.patch(`/api/artist-reviews/${review.id}`, { comment: 'fake' }, stranger.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/artist-reviews/${review.id}`, { comment: 'fake' }, artistUser.auth)).status)
    expect([403, 404]).toContain((await t.api.delete(`/api/artist-reviews/${review.id}`, stranger.auth)).status)
    const gql = await t.api.graphql(`mutation { updateArtistReview(id: ${review.id}, data: { comment: "fake" }) { id } }`, undefined, stranger.auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    // the reviewer cannot move the review to another artist nor forge the overall rating
    const edit = await t.api.patch(`/api/artist-reviews/${review.id}`, { teachingRating: 2, professionalismRating: 2, communicationRating: 2, overallRating: 5 }, fan.auth)
    expect(edit.status).toBe(200)
    expect(edit.body.doc.overallRating).toBe(2)
    expect(await t.payload.findByID({ collection: 'artists', id: artist.id, depth: 0 })).toMatchObject({ ratingAverage: 2, ratingCount: 1 })
    expect((await t.api.patch(`/api/artist-reviews/${review.id}`, { teachingRating: 9 }, fan.auth)).status).toBe(400)
    expect((await t.api.delete(`/api/artist-reviews/${review.id}`, fan.auth)).status).toBe(200)
    expect(await t.payload.findByID({ collection: 'artists', id: artist.id, depth: 0 })).toMatchObject({ ratingAverage: 0, ratingCount: 0 })
  })

  it('20 users review the same artist at once: count 20 and the exact average', async () => {
    const target = await t.payload.create({ collection: 'artists', data: { user: otherArtist.user.id, stageName: 'Populaire' } as never, overrideAccess: true })
    const reviewers = await several(20, () => userSession(t.payload, t.api, ['participant']))
    const ratingOf = (i: number) => (i % 5) + 1
    const results = await Promise.all(
      reviewers.map((r, i) => t.api.post(`/api/artists/${target.id}/reviews`, { teachingRating: ratingOf(i), professionalismRating: ratingOf(i), communicationRating: ratingOf(i) }, r.auth)),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    const expected = Math.round((reviewers.reduce((s, _r, i) => s + ratingOf(i), 0) / 20) * 100) / 100
    const after = await t.payload.findByID({ collection: 'artists', id: target.id, depth: 0 })
    expect(after).toMatchObject({ ratingCount: 20, ratingAverage: expected })
    // the same reviewers again at once: all refused, nothing changes
    const again = await Promise.all(reviewers.slice(0, 5).map((r) => t.api.post(`/api/artists/${target.id}/reviews`, RATINGS, r.auth)))
    expect(again.map((r) => r.status)).toEqual(Array(5).fill(409))
    expect(await t.payload.findByID({ collection: 'artists', id: target.id, depth: 0 })).toMatchObject({ ratingCount: 20, ratingAverage: expected })
  })
})

describe('artist search', () => {
  it('finds active artists by style slug or id, city and availability, paginated; bad queries are 400', async () => {
    const mk = (stageName: string, data: Record<string, unknown>) => t.payload.create({ collection: 'artists', data: { user: undefined, stageName, ...data } as never, overrideAccess: true })
    const owners = await Promise.all([1, 2, 3].map(() => createUser(t.payload, { roles: ['artist'] })))
    const city = `Ville${Date.now()}`
    await mk('Kiz Teacher', { user: owners[0].id, specialties: [kizomba.id], baseCity: city, availableForTeaching: true })
    await mk('Kiz Show', { user: owners[1].id, specialties: [kizomba.id], baseCity: city, availableForPerformance: true })
    await mk('Kiz Hidden', { user: owners[2].id, specialties: [kizomba.id], baseCity: city, availableForTeaching: true, active: false })
    const bySlug = await t.api.get(`/api/artists/search?style=${kizomba.slug}&city=${city}`)
    expect(bySlug.status).toBe(200)
    expect(bySlug.body.docs.map((d: any) => d.stageName).sort()).toEqual(['Kiz Show', 'Kiz Teacher'])
    expect(bySlug.text).not.toContain('@')
    const teaching = await t.api.get(`/api/artists/search?style=${kizomba.id}&city=${city.toLowerCase()}&availability=teaching`)
    expect(teaching.body.docs.map((d: any) => d.stageName)).toEqual(['Kiz Teacher'])
    const paged = await t.api.get(`/api/artists/search?city=${city}&limit=1&page=2`)
    expect(paged.body).toMatchObject({ totalDocs: 2, page: 2, limit: 1, totalPages: 2 })
    expect(paged.body.docs).toHaveLength(1)
    expect((await t.api.get('/api/artists/search?style=no-such-style')).body.totalDocs).toBe(0)
    for (const bad of ['availability=sleeping', 'limit=1000', 'page=0', 'page=abc', 'unknown=1']) expect((await t.api.get(`/api/artists/search?${bad}`)).status, bad).toBe(400)
    // the hidden artist is not readable by the public either
    const hidden = (await t.payload.find({ collection: 'artists', where: { stageName: { equals: 'Kiz Hidden' } }, depth: 0 })).docs[0]
    expect((await t.api.get(`/api/artists/${hidden.id}`)).status).toBe(404)
  })
})

describe('links to the events plugin', () => {
  it('festivals get featured artists and events get instructors', async () => {
    const fields = (slug: string) => t.payload.config.collections.find((c) => c.slug === slug)?.fields.map((f: any) => f.name) ?? []
    expect(fields('festivals')).toContain('featuredArtists')
    expect(fields('events')).toContain('instructors')
    const festival = await t.payload.create({ collection: 'festivals', data: { name: 'Festival Bachata', startDate: new Date(Date.now() + 86_400_000 * 30).toISOString(), capacity: 100, featuredArtists: [artist.id] } as never, overrideAccess: true })
    const found = await t.payload.find({ collection: 'festivals', where: { featuredArtists: { in: [artist.id] } }, depth: 0 })
    expect(found.docs.map((f) => f.id)).toContain(festival.id)
    // only artists: an unknown id is a 400
    const organizer = await userSession(t.payload, t.api, ['organizer'])
    const bad = await t.api.post('/api/festivals', { name: 'F', startDate: new Date(Date.now() + 86_400_000 * 30).toISOString(), capacity: 10, featuredArtists: [99999999] }, organizer.auth)
    expect(bad.status).toBe(400)
  })
})
