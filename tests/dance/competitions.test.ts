/**
 * Dance competitions over HTTP: the status table, couples (the leader invites, only the follower
 * confirms), one registration per person per category (in the database, concurrent attempts),
 * judge-only scoring, ranking with a tie, and results hidden until publication (REST and GraphQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { several } from '../bookings/helpers'

type Session = { auth: Auth; user: any }
let t: TestServer
let admin: Session
let organizer: Session
let rival: Session
let judges: (Session & { artist: any })[]
let outsider: Session & { artist: any }
let d: Session[]
let stranger: Session
let comp: any
let jj: any
let strictly: any

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()
const entries: Record<string, any> = {}

beforeAll(async () => {
  t = await startTestServer()
  ;[admin, organizer, rival, stranger] = await Promise.all([
    userSession(t.payload, t.api, ['admin']),
    userSession(t.payload, t.api, ['organizer']),
    userSession(t.payload, t.api, ['organizer']),
    userSession(t.payload, t.api, ['participant']),
  ])
  const withArtist = async (name: string) => {
    const s = await userSession(t.payload, t.api, ['artist'])
    const artist = await t.payload.create({ collection: 'artists', data: { user: s.user.id, stageName: name } as never, overrideAccess: true })
    return { ...s, artist }
  }
  judges = await Promise.all(['Juge 1', 'Juge 2', 'Juge 3'].map(withArtist))
  outsider = await withArtist('Pas juge')
  d = await several(8, () => userSession(t.payload, t.api, ['participant']))
})
afterAll(async () => {
  await t?.close()
})

describe('competition setup and status table', () => {
  it('an organizer creates a draft competition with categories; others cannot touch it', async () => {
    const created = await t.api.post(
      '/api/competitions',
      { name: 'Open de Bachata de Cotonou', status: 'published', registrationOpensAt: hours(-1), registrationClosesAt: hours(24), date: hours(48), city: 'Cotonou', judges: judges.map((j) => j.artist.id), prizes: [{ rank: 1, prize: '100 000 XOF + trophée' }] },
      organizer.auth,
    )
    expect(created.status).toBe(201)
    comp = created.body.doc
    expect(comp.status).toBe('draft')
    expect(comp.organizer.id ?? comp.organizer).toBe(organizer.user.id)
    expect((await t.api.post('/api/competitions', { name: 'x', registrationOpensAt: hours(1), registrationClosesAt: hours(24), date: hours(48) }, d[0].auth)).status).toBe(403)
    expect((await t.api.post('/api/competitions', { name: 'x', registrationOpensAt: hours(2), registrationClosesAt: hours(1), date: hours(48) }, organizer.auth)).status).toBe(400)
    expect((await t.api.get(`/api/competitions/${comp.id}`)).status).toBe(404) // drafts are private
    expect((await t.api.get(`/api/competitions/${comp.id}`, rival.auth)).status).toBe(404)
    expect((await t.api.get(`/api/competitions/${comp.id}`, admin.auth)).status).toBe(200)
    const cat = (name: string, kind: string, auth: Auth) => t.api.post('/api/competition-categories', { competition: comp.id, name, kind, level: 'intermediate' }, auth)
    expect((await cat('Pirate', 'showcase', rival.auth)).status).toBe(403)
    jj = (await cat('Jack & Jill intermédiaire', 'jack-and-jill', organizer.auth)).body.doc
    strictly = (await cat('Strictly', 'strictly', organizer.auth)).body.doc
    expect(jj.id && strictly.id).toBeTruthy()
    expect([403, 404]).toContain((await t.api.patch(`/api/competitions/${comp.id}`, { name: 'Pris' }, rival.auth)).status)
    // nobody registers to a draft (its categories are unknown to others; the organizer is told why)
    expect((await t.api.post('/api/competition-entries', { category: jj.id, follower: d[1].user.id }, d[0].auth)).status).toBe(400)
    expect((await t.api.post('/api/competition-entries', { category: jj.id, follower: d[1].user.id }, organizer.auth)).status).toBe(409)
  })

  it('moves through one table: organizer only, forbidden moves are 409', async () => {
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'open' }, rival.auth)).status).toBe(404)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'judging' }, organizer.auth)).status).toBe(409)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'published' }, organizer.auth)).status).toBe(400)
    expect((await t.api.post(`/api/competitions/${comp.id}/publish-results`, {}, organizer.auth)).status).toBe(409)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'open' }, organizer.auth)).status).toBe(200)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'open' }, organizer.auth)).status).toBe(409)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'open' }, rival.auth)).status).toBe(403)
    expect((await t.api.post('/api/competitions/99999999/status', { to: 'open' }, organizer.auth)).status).toBe(404)
  })
})

describe('couples', () => {
  it('the leader invites, only the follower confirms; bad input is 4xx', async () => {
    const invite = (leader: Session, follower: unknown, category = jj.id) => t.api.post('/api/competition-entries', { category, follower, leader: stranger.user.id, status: 'confirmed', rank: 1 }, leader.auth)
    expect((await invite(d[0], d[0].user.id)).status).toBe(400)
    expect((await invite(d[0], 99999999)).status).toBe(400)
    expect((await invite(d[0], d[1].user.id, 99999999)).status).toBe(400)
    expect((await t.api.post('/api/competition-entries', { category: jj.id, follower: d[1].user.id })).status).toBe(403)
    const first = await invite(d[0], d[1].user.id)
    expect(first.status).toBe(201)
    entries.B = first.body.doc
    expect(entries.B).toMatchObject({ status: 'pending', rank: null })
    const invitations = await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: d[1].user.id } }, { type: { equals: 'dance.competition.invitation' } }] }, depth: 0 })
    expect(invitations.totalDocs).toBe(1)
    expect(entries.B.leader.id ?? entries.B.leader).toBe(d[0].user.id)
    // a pending invitation is seen by the couple and the organizer only
    expect((await t.api.get(`/api/competition-entries/${entries.B.id}`, stranger.auth)).status).toBe(404)
    expect((await t.api.get(`/api/competition-entries/${entries.B.id}`, d[1].auth)).status).toBe(200)
    // only the follower confirms
    expect((await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {}, d[0].auth)).status).toBe(409)
    expect((await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {}, stranger.auth)).status).toBe(403)
    expect((await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {}, organizer.auth)).status).toBe(409)
    expect((await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {})).status).toBe(401)
    const ok = await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {}, d[1].auth)
    expect(ok.status).toBe(200)
    expect(ok.body.doc.status).toBe('confirmed')
    expect((await t.api.post(`/api/competition-entries/${entries.B.id}/confirm`, {}, d[1].auth)).status).toBe(409)
    // nobody writes the entry directly
    expect([403, 404]).toContain((await t.api.patch(`/api/competition-entries/${entries.B.id}`, { status: 'pending' }, d[0].auth)).status)
  })

  it('one registration per person per category, whatever the role, in the database', async () => {
    const invite = (leader: Session, follower: Session, category = jj.id) => t.api.post('/api/competition-entries', { category, follower: follower.user.id }, leader.auth)
    expect((await invite(d[2], d[1])).status).toBe(409) // d1 already follows in this category
    expect((await invite(d[1], d[3])).status).toBe(409) // d1 cannot lead there either
    expect((await invite(d[3], d[0])).status).toBe(409)
    expect((await invite(d[1], d[0], strictly.id)).status).toBe(201) // another category is fine
    // five leaders invite the same follower at once: exactly one entry
    const leaders = [d[2], d[4], d[5], d[6], d[7]]
    const attempts = await Promise.all(leaders.map((l) => invite(l, d[3])))
    expect(attempts.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409])
    const winner = attempts.find((r) => r.status === 201)!.body.doc
    const rows = await t.payload.find({ collection: 'competition-entries', where: { and: [{ category: { equals: jj.id } }, { or: [{ leader: { equals: d[3].user.id } }, { follower: { equals: d[3].user.id } }] }] }, depth: 0 })
    expect(rows.totalDocs).toBe(1)
    // the follower withdraws: both places are free again
    expect((await t.api.post(`/api/competition-entries/${winner.id}/cancel`, {}, stranger.auth)).status).toBe(403)
    expect((await t.api.post(`/api/competition-entries/${winner.id}/cancel`, {}, d[3].auth)).status).toBe(200)
    expect((await t.api.post(`/api/competition-entries/${winner.id}/cancel`, {}, d[3].auth)).status).toBe(409)
    const a = await invite(d[4], d[3])
    expect(a.status).toBe(201)
    entries.A = a.body.doc
    expect((await t.api.post(`/api/competition-entries/${entries.A.id}/confirm`, {}, d[3].auth)).status).toBe(200)
    const c = await invite(d[5], d[6])
    entries.C = c.body.doc
    expect((await t.api.post(`/api/competition-entries/${entries.C.id}/confirm`, {}, d[6].auth)).status).toBe(200)
  })

  it('registration dates are enforced', async () => {
    const later = await t.payload.create({ collection: 'competitions', data: { name: 'Plus tard', status: 'open', organizer: organizer.user.id, registrationOpensAt: hours(5), registrationClosesAt: hours(24), date: hours(48) } as never, overrideAccess: true })
    const past = await t.payload.create({ collection: 'competitions', data: { name: 'Passée', status: 'open', organizer: organizer.user.id, registrationOpensAt: hours(-48), registrationClosesAt: hours(-1), date: hours(48) } as never, overrideAccess: true })
    for (const c of [later, past]) {
      const cat = await t.payload.create({ collection: 'competition-categories', data: { competition: c.id, name: 'J&J', kind: 'jack-and-jill' } as never, overrideAccess: true })
      const res = await t.api.post('/api/competition-entries', { category: cat.id, follower: d[7].user.id }, d[2].auth)
      expect(res.status).toBe(409)
      expect(res.body.errors[0].message).toMatch(/Registrations (open|closed)/)
    }
  })
})

describe('scores and results', () => {
  const score = (j: Session, entry: any, value: unknown, round = 'final') => t.api.post('/api/competition-scores', { entry: entry.id, score: value, round, judge: outsider.artist.id }, j.auth)

  it('only the judges score, while judging, once per round; bad scores are 400', async () => {
    expect((await score(judges[0], entries.A, 8)).status).toBe(409) // still open
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'closed' }, organizer.auth)).status).toBe(200)
    expect((await t.api.post(`/api/competitions/${comp.id}/status`, { to: 'judging' }, organizer.auth)).status).toBe(200)
    expect((await score(outsider, entries.A, 8)).status).toBe(403)
    expect((await score(organizer, entries.A, 8)).status).toBe(403)
    expect((await score(stranger, entries.A, 8)).status).toBe(403)
    expect((await t.api.post('/api/competition-scores', { entry: entries.A.id, score: 8 })).status).toBe(403)
    for (const bad of [11, -1, 'ten', 7.123]) expect((await score(judges[0], entries.A, bad)).status, String(bad)).toBe(400)
    expect((await t.api.post('/api/competition-scores', { entry: 99999999, score: 5 }, judges[0].auth)).status).toBe(400)
    // A = 10, 10, 4 (total 24, median 10); B = 8, 8, 8 (total 24, median 8; registered first); C = 5, 5, 5
    const plan: [number, any, number][] = [
      [0, entries.A, 10], [1, entries.A, 10], [2, entries.A, 4],
      [0, entries.B, 8], [1, entries.B, 8], [2, entries.B, 6],
      [0, entries.C, 5], [1, entries.C, 5], [2, entries.C, 5],
    ]
    const res = await Promise.all(plan.map(([j, e, v]) => score(judges[j], e, v)))
    expect(res.map((r) => r.status)).toEqual(Array(9).fill(201))
    expect(res[0].body.doc.judge.id ?? res[0].body.doc.judge).toBe(judges[0].artist.id)
    expect((await score(judges[0], entries.A, 9)).status).toBe(409) // once per judge, couple and round
    // the same judge submitting the same score three times at once: one score
    const burst = await Promise.all([1, 2, 3].map(() => score(judges[0], entries.C, 0, 'preliminary')))
    expect(burst.map((r) => r.status).sort()).toEqual([201, 409, 409])
    await t.payload.delete({ collection: 'competition-scores', id: burst.find((r) => r.status === 201)!.body.doc.id, overrideAccess: true })
    // the judge corrects their own score; another judge cannot
    const bScore = res[5].body.doc
    expect([403, 404]).toContain((await t.api.patch(`/api/competition-scores/${bScore.id}`, { score: 0 }, judges[0].auth)).status)
    const gql = await t.api.graphql(`mutation { updateCompetitionScore(id: ${bScore.id}, data: { score: 0 }) { id } }`, undefined, judges[0].auth)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await t.api.patch(`/api/competition-scores/${bScore.id}`, { score: 8 }, judges[2].auth)).status).toBe(200)
    expect((await t.api.patch(`/api/competition-scores/${bScore.id}`, { score: 12 }, judges[2].auth)).status).toBe(400)
  })

  it('scores and ranks are hidden before publication (REST and GraphQL), except to judges and the organizer', async () => {
    const q = `/api/competition-scores?where[competition][equals]=${comp.id}&limit=50`
    expect((await t.api.get(q)).body.totalDocs).toBe(0)
    expect((await t.api.get(q, stranger.auth)).body.totalDocs).toBe(0)
    expect((await t.api.get(q, d[0].auth)).body.totalDocs).toBe(0)
    expect((await t.api.get(q, outsider.auth)).body.totalDocs).toBe(0)
    expect((await t.api.get(q, judges[1].auth)).body.totalDocs).toBe(9)
    expect((await t.api.get(q, organizer.auth)).body.totalDocs).toBe(9)
    expect((await t.api.get(q, rival.auth)).body.totalDocs).toBe(0)
    const gq = `{ CompetitionScores(where: { competition: { equals: ${comp.id} } }) { totalDocs docs { score } } }`
    expect((await t.api.graphql(gq)).body.data.CompetitionScores.totalDocs).toBe(0)
    expect((await t.api.graphql(gq, undefined, stranger.auth)).body.data.CompetitionScores.totalDocs).toBe(0)
    expect((await t.api.graphql(gq, undefined, judges[0].auth)).body.data.CompetitionScores.totalDocs).toBe(9)
    const pub = await t.api.get(`/api/competition-entries?where[competition][equals]=${comp.id}`)
    expect(pub.body.docs.length).toBe(3)
    expect(pub.body.docs.every((e: any) => e.rank === null && e.totalScore === null)).toBe(true)
  })

  it('publish-results ranks with the documented tie-break; then everything is public and frozen', async () => {
    expect((await t.api.post(`/api/competitions/${comp.id}/publish-results`, {}, stranger.auth)).status).toBe(403)
    expect((await t.api.post(`/api/competitions/${comp.id}/publish-results`, {}, judges[0].auth)).status).toBe(403)
    const res = await t.api.post(`/api/competitions/${comp.id}/publish-results`, {}, organizer.auth)
    expect(res.status).toBe(200)
    const jjResults = res.body.results.filter((r: any) => r.category === jj.id)
    expect(jjResults.map((r: any) => [r.entry, r.rank, r.totalScore])).toEqual([
      [entries.A.id, 1, 24],
      [entries.B.id, 2, 24],
      [entries.C.id, 3, 15],
    ])
    expect((await t.api.post(`/api/competitions/${comp.id}/publish-results`, {}, organizer.auth)).status).toBe(409)
    const told = await t.payload.find({ collection: 'notifications', where: { and: [{ user: { equals: d[4].user.id } }, { type: { equals: 'dance.competition.results' } }] }, depth: 0 })
    expect(told.totalDocs).toBe(1)
    const q = `/api/competition-scores?where[competition][equals]=${comp.id}&limit=50`
    expect((await t.api.get(q)).body.totalDocs).toBe(9)
    const gq = `{ CompetitionScores(where: { competition: { equals: ${comp.id} } }) { totalDocs } CompetitionEntries(where: { competition: { equals: ${comp.id} } }, sort: "rank") { docs { id rank totalScore } } }`
    const g = await t.api.graphql(gq)
    expect(g.body.data.CompetitionScores.totalDocs).toBe(9)
    expect(g.body.data.CompetitionEntries.docs.filter((e: any) => e.rank !== null).map((e: any) => [Number(e.id), e.rank])).toEqual([
      [entries.A.id, 1],
      [entries.B.id, 2],
      [entries.C.id, 3],
    ])
    const a = await t.api.get(`/api/competition-entries/${entries.A.id}`)
    expect(a.body).toMatchObject({ rank: 1, totalScore: 24 })
    expect((await t.api.get(`/api/competitions/${comp.id}`)).body.status).toBe('published')
    // frozen: no new score, no correction
    const any = (await t.payload.find({ collection: 'competition-scores', where: { competition: { equals: comp.id } }, depth: 0, limit: 1 })).docs[0] as any
    const owner = judges.find((j) => j.artist.id === (any.judge.id ?? any.judge))!
    expect((await t.api.patch(`/api/competition-scores/${any.id}`, { score: 1 }, owner.auth)).status).toBe(409)
    expect((await score(judges[0], entries.A, 5, 'semi-final')).status).toBe(409)
    expect((await t.api.post(`/api/competition-entries/${entries.C.id}/cancel`, {}, d[5].auth)).status).toBe(409)
  })
})
