/**
 * XP, levels, streaks, badges, challenges (rewarded once under concurrent completions, with a
 * control run that shows the race), Open Badges 3.0 export, leaderboards — over real HTTP.
 */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localDate } from '../../src/plugins/learning/services/streak-dates'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { type CourseFixture, makeCategory, makeCourse } from './fixtures'

let t: TestServer
let instructor: Awaited<ReturnType<typeof userSession>>
let admin: Awaited<ReturnType<typeof userSession>>
let category: { id: number }

beforeAll(async () => {
  t = await startTestServer()
  instructor = await userSession(t.payload, t.api, ['instructor'])
  admin = await userSession(t.payload, t.api, ['admin'])
  category = await makeCategory(t.payload)
})
afterAll(async () => {
  await t?.close()
})

const learner = (extra: Record<string, unknown> = {}) => userSession(t.payload, t.api, ['student'], { firstName: 'Kofi', lastName: 'Mensah', ...extra })
const enrolled = async (f: CourseFixture) => {
  const me = await learner()
  expect((await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)).status).toBe(201)
  return me
}
const xpEvents = (user: number, action?: string) =>
  t.payload.find({ collection: 'xp-events', where: { and: [{ user: { equals: user } }, ...(action ? [{ action: { equals: action } }] : [])] }, limit: 500 })
const userXp = async (user: number) => (await t.payload.find({ collection: 'user-xp', where: { user: { equals: user } } })).docs[0]

describe('XP and levels', () => {
  it('grants XP from the rule table once per source, keeps the history and recomputes the same total', async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, me.auth)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, me.auth) // replay: nothing more
    const history = await xpEvents(me.user.id)
    expect(history.docs.map((e) => [e.action, e.xp]).sort()).toEqual([['daily_login', 5], ['lesson_completed', 10]])
    expect((await userXp(me.user.id)).totalXp).toBe(15)
    const { recomputeXp } = await import('../../src/plugins/learning/services/gamification')
    const { createLocalReq } = await import('payload')
    await t.payload.db.drizzle.execute(`UPDATE user_xp SET total_xp = 999 WHERE user_id = ${me.user.id}` as never)
    expect(await recomputeXp(await createLocalReq({}, t.payload), me.user.id)).toBe(15)
  })

  it('levels up (Apprenti → Explorateur → Initié) as the total crosses the thresholds', async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    for (const l of [f.l1, f.l2, f.l3]) await t.api.post(`/api/lessons/${l.id}/progress`, { status: 'completed' }, me.auth)
    expect(await userXp(me.user.id)).toMatchObject({ totalXp: 35, level: 1, levelName: 'Apprenti' })
    const a = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
    await t.api.post(`/api/quiz-attempts/${a.body.attempt.id}/submit`, { answers: f.correctLesson }, me.auth)
    // + quiz passed 25 + perfect 50 = 110
    expect(await userXp(me.user.id)).toMatchObject({ totalXp: 110, level: 2, levelName: 'Explorateur' })
    const b = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    await t.api.post(`/api/quiz-attempts/${b.body.attempt.id}/submit`, { answers: f.correctFinal }, me.auth)
    // + 25 + 50 + course 100 = 285
    expect(await userXp(me.user.id)).toMatchObject({ totalXp: 285, level: 3, levelName: 'Initié' })
    const me2 = await t.api.get('/api/me/learning', me.auth)
    expect(me2.body.xp).toMatchObject({ total: 285, level: 3, nextLevelXp: 500, xpToNextLevel: 215 })
  })
})

describe('streaks', () => {
  it('uses the learner’s time zone, extends on the next local day and the job resets broken streaks', async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    expect((await t.api.patch('/api/me/learning', { timezone: 'Mars/Olympus' }, me.auth)).status).toBe(400)
    const tz = 'Pacific/Kiritimati' // UTC+14: its date is often not the UTC date
    expect((await t.api.patch('/api/me/learning', { timezone: tz }, me.auth)).status).toBe(200)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { percentage: 10 }, me.auth)
    const streak = async () => (await t.payload.find({ collection: 'user-streaks', where: { user: { equals: me.user.id } } })).docs[0]
    const today = localDate(new Date(), tz)
    expect(await streak()).toMatchObject({ dailyStreak: 1, lastActivityDate: today, timezone: tz })

    // yesterday (local) was the last activity with a streak of 3: today extends it to 4
    const yesterday = localDate(new Date(Date.now() - 86_400_000), tz)
    await t.payload.db.drizzle.execute(`UPDATE user_streaks SET daily_streak = 3, last_activity_date = '${yesterday}' WHERE user_id = ${me.user.id}` as never)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { percentage: 20 }, me.auth)
    expect(await streak()).toMatchObject({ dailyStreak: 4, longestDailyStreak: 4, lastActivityDate: today })
    // the daily-login XP was given once for today's local date
    expect((await xpEvents(me.user.id, 'daily_login')).docs.map((e) => e.sourceKey)).toEqual([`daily_login:${me.user.id}:${today}`])

    // control: a learner whose last activity was yesterday keeps the streak through the job
    const other = await enrolled(f)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { percentage: 10 }, other.auth)
    await t.payload.db.drizzle.execute(`UPDATE user_streaks SET daily_streak = 2, last_activity_date = '${localDate(new Date(Date.now() - 86_400_000), 'UTC')}' WHERE user_id = ${other.user.id}` as never)
    // broken: two days without activity
    const twoDaysAgo = localDate(new Date(Date.now() - 2 * 86_400_000), tz)
    await t.payload.db.drizzle.execute(`UPDATE user_streaks SET last_activity_date = '${twoDaysAgo}' WHERE user_id = ${me.user.id}` as never)
    await t.payload.jobs.queue({ task: 'learning-reset-streaks', input: {}, queue: 'learning' })
    await t.payload.jobs.run({ queue: 'learning' })
    expect(await streak()).toMatchObject({ dailyStreak: 0, longestDailyStreak: 4 })
    expect((await t.payload.find({ collection: 'user-streaks', where: { user: { equals: other.user.id } } })).docs[0].dailyStreak).toBe(2)
  })

  it('counts perfect quizzes in a row and resets on an imperfect one', async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    await t.payload.update({ collection: 'quizzes', id: f.quiz.id, data: { maxAttempts: 5 } })
    const me = await enrolled(f)
    const submit = async (answers: Record<string, unknown>) => {
      const a = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
      return t.api.post(`/api/quiz-attempts/${a.body.attempt.id}/submit`, { answers }, me.auth)
    }
    await submit(f.correctLesson)
    await submit(f.correctLesson)
    let s = (await t.api.get('/api/me/learning', me.auth)).body.streaks
    expect(s).toMatchObject({ perfectQuiz: 2, longestPerfectQuiz: 2 })
    await submit(f.wrongLesson)
    s = (await t.api.get('/api/me/learning', me.auth)).body.streaks
    expect(s).toMatchObject({ perfectQuiz: 0, longestPerfectQuiz: 2 })
    // perfect-quiz XP is per quiz, not per attempt
    expect((await xpEvents(me.user.id, 'perfect_quiz')).totalDocs).toBe(1)
  })
})

describe('badges', () => {
  it('awards a badge automatically once, and a badge created later through the job', async () => {
    const created = await t.api.post('/api/badges', { name: 'First lesson', tier: 'bronze', criteria: { type: 'lessons_completed', value: 1 } }, admin.auth)
    expect(created.status).toBe(201)
    expect((await t.api.post('/api/badges', { name: 'x', tier: 'bronze', criteria: { type: 'lessons_completed', value: 1 } }, instructor.auth)).status).toBe(403)
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, me.auth)
    await t.api.post(`/api/lessons/${f.l2.id}/progress`, { status: 'completed' }, me.auth)
    const mine = async () => (await t.api.get(`/api/user-badges?where[user][equals]=${me.user.id}&depth=0`, me.auth)).body.docs.map((d: any) => d.badge)
    expect((await mine()).filter((b: number) => b === created.body.doc.id)).toHaveLength(1)

    // XP 25 already reached; a new "20 XP" badge is awarded by the job queued when it is saved
    const later = await t.api.post('/api/badges', { name: 'Twenty XP', tier: 'silver', criteria: { type: 'xp_reached', value: 20 } }, admin.auth)
    expect(await mine()).not.toContain(later.body.doc.id)
    await t.payload.jobs.run({ queue: 'learning' })
    expect(await mine()).toContain(later.body.doc.id)
    // learners only see their own earned badges
    const other = await learner()
    expect((await t.api.get(`/api/user-badges?where[user][equals]=${me.user.id}`, other.auth)).body.docs).toHaveLength(0)
  })

  it('renders a badge as a PDF', async () => {
    const b = await t.payload.create({ collection: 'badges', data: { name: 'Printable', tier: 'gold', criteria: { type: 'courses_completed', value: 99 } } })
    const res = await t.api.get(`/api/badges/${b.id}/pdf`)
    expect(res.status).toBe(200)
    expect(res.text.startsWith('%PDF-')).toBe(true)
  })
})

describe('Open Badges 3.0', () => {
  it('exports an earned badge as a signed OpenBadgeCredential that verifies with the issuer JWKS', async () => {
    const badge = await t.payload.create({ collection: 'badges', data: { name: 'Graduate', description: 'Completed a course', tier: 'gold', criteria: { type: 'lessons_completed', value: 1 }, criteriaNarrative: 'Complete one lesson.' } })
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, me.auth)
    const ub = (await t.payload.find({ collection: 'user-badges', where: { and: [{ user: { equals: me.user.id } }, { badge: { equals: badge.id } }] } })).docs[0]
    const res = await t.api.get(`/api/user-badges/${ub.id}/open-badge`, me.auth)
    expect(res.status).toBe(200)
    const { credential: c, jwt } = res.body
    expect(c['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'])
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(c.issuer).toMatchObject({ id: `${t.url}/api/open-badges/issuer`, type: ['Profile'], name: expect.any(String) })
    expect(new Date(c.validFrom).toISOString()).toBe(c.validFrom)
    expect(c.credentialSubject).toMatchObject({
      type: ['AchievementSubject'],
      achievement: { id: `${t.url}/api/badges/${badge.id}`, type: ['Achievement'], name: 'Graduate', description: 'Completed a course', criteria: { narrative: 'Complete one lesson.' } },
    })

    const jwks = await t.api.get('/api/open-badges/jwks')
    expect(jwks.status).toBe(200)
    expect(jwks.body.keys[0]).not.toHaveProperty('d')
    const header = decodeProtectedHeader(jwt)
    expect(header.alg).toBe('ES256')
    const { payload } = await jwtVerify(jwt, createLocalJWKSet({ keys: jwks.body.keys.map((k: any) => ({ ...k, kid: header.kid })) }), { issuer: c.issuer.id })
    expect(payload.vc).toEqual(c)
    expect(payload.jti).toBe(c.id)
    expect(payload.sub).toBe(c.credentialSubject.id)
    // a tampered credential does not verify
    const [h, body, sig] = jwt.split('.')
    const forged = JSON.parse(Buffer.from(body, 'base64url').toString())
    forged.vc.credentialSubject.achievement.name = 'Forged'
    await expect(jwtVerify(`${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${sig}`, createLocalJWKSet({ keys: jwks.body.keys.map((k: any) => ({ ...k, kid: header.kid })) }))).rejects.toThrow()
    // the issuer profile publishes the same key
    const issuer = await t.api.get('/api/open-badges/issuer')
    expect(issuer.body.verificationMethod[0].publicKeyJwk.x).toBe(jwks.body.keys[0].x)
    // only the holder (and admins) export it
    const other = await learner()
    expect([403, 404]).toContain((await t.api.get(`/api/user-badges/${ub.id}/open-badge`, other.auth)).status)
    expect((await t.api.get(`/api/user-badges/${ub.id}/open-badge`, admin.auth)).status).toBe(200)
    const compact = await t.api.get(`/api/user-badges/${ub.id}/open-badge?format=jwt`, me.auth)
    expect(compact.text.split('.')).toHaveLength(3)
  })
})

describe('challenges', () => {
  let challengeId: number
  let rewardBadge: number
  beforeAll(async () => {
    rewardBadge = (await t.payload.create({ collection: 'badges', data: { name: 'Challenger', tier: 'silver', criteria: { type: 'courses_completed', value: 999 } } })).id
    const c = await t.payload.create({
      collection: 'challenges',
      data: { name: 'One lesson this week', type: 'weekly', criteria: { type: 'lessons_completed', value: 1 }, rewardXp: 40, rewardBadge, startDate: new Date(Date.now() - 3_600_000).toISOString(), endDate: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    })
    challengeId = c.id
  })

  const race = async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    const results = await Promise.all([f.l1, f.l2, f.l1, f.l2, f.l1, f.l2, f.l1, f.l2].map((l) => t.api.post(`/api/lessons/${l.id}/progress`, { status: 'completed' }, me.auth)))
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200))
    const rewards = await t.payload.find({ collection: 'xp-events', where: { and: [{ user: { equals: me.user.id } }, { action: { equals: 'challenge_reward' } }] } })
    return { me, rewards: rewards.totalDocs }
  }

  it('rewards a completed challenge exactly once under concurrent completions', async () => {
    const { me, rewards } = await race()
    expect(rewards).toBe(1)
    const uc = (await t.payload.find({ collection: 'user-challenges', where: { and: [{ user: { equals: me.user.id } }, { challenge: { equals: challengeId } }] } })).docs
    expect(uc).toHaveLength(1)
    expect(uc[0]).toMatchObject({ completed: true, progress: 2 })
    expect(uc[0].rewardedAt).toBeTruthy()
    expect((await t.payload.count({ collection: 'user-badges', where: { and: [{ user: { equals: me.user.id } }, { badge: { equals: rewardBadge } }] } })).totalDocs).toBe(1)
    // XP: 2 lessons (20) + daily login (5) + reward (40), consistent with the history
    expect((await userXp(me.user.id)).totalXp).toBe(65)
  })

  it('control: without the database guard the same concurrent requests reward more than once', async () => {
    process.env.LEARNING_REWARD_GUARD = 'off'
    try {
      let worst = 0
      for (let round = 0; round < 3 && worst < 2; round++) worst = Math.max(worst, (await race()).rewards)
      expect(worst).toBeGreaterThan(1)
    } finally {
      delete process.env.LEARNING_REWARD_GUARD
    }
  })
})

describe('leaderboards', () => {
  it('ranks globally, this month and per category, paginated, with the caller’s own rank', async () => {
    const cat = await makeCategory(t.payload)
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: cat.id })
    const a = await enrolled(f)
    const b = await enrolled(f)
    for (const l of [f.l1, f.l2, f.l3]) await t.api.post(`/api/lessons/${l.id}/progress`, { status: 'completed' }, a.auth)
    await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, b.auth)

    const byCat = await t.api.get(`/api/leaderboards?scope=category&category=${cat.id}&limit=1`, b.auth)
    expect(byCat.status).toBe(200)
    expect(byCat.body).toMatchObject({ scope: 'category', totalDocs: 2, totalPages: 2, page: 1 })
    expect(byCat.body.docs).toEqual([expect.objectContaining({ rank: 1, user: a.user.id, xp: 30, name: 'Kofi M.' })])
    expect(byCat.body.me).toEqual({ rank: 2, xp: 10 })
    const page2 = await t.api.get(`/api/leaderboards?scope=category&category=${cat.id}&limit=1&page=2`)
    expect(page2.body.docs[0]).toMatchObject({ rank: 2, user: b.user.id })
    expect(page2.body.me).toBeNull()

    const global = await t.api.get('/api/leaderboards?scope=global&limit=100', a.auth)
    const ranks = global.body.docs.map((d: any) => d.xp)
    expect(ranks).toEqual([...ranks].sort((x: number, y: number) => y - x))
    expect(global.body.me.rank).toBe(global.body.docs.find((d: any) => d.user === a.user.id).rank)
    const month = await t.api.get('/api/leaderboards?scope=month', a.auth)
    // everything this learner earned is from this month: lessons, daily login and the running challenge's reward
    expect(month.body.me.xp).toBe((await userXp(a.user.id)).totalXp)
    expect(month.body.me.xp).toBeGreaterThan(30)

    expect((await t.api.get('/api/leaderboards?scope=category')).status).toBe(400)
    expect((await t.api.get('/api/leaderboards?scope=weekly')).status).toBe(400)
    expect((await t.api.get('/api/leaderboards?limit=1000')).status).toBe(400)
  })
})

describe('my learning', () => {
  it('tells the learner where to continue', async () => {
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const me = await enrolled(f)
    await t.api.post(`/api/lessons/${f.l2.id}/progress`, { percentage: 30 }, me.auth)
    const res = await t.api.get('/api/me/learning', me.auth)
    expect(res.body.continue).toMatchObject({ status: 'active', lastLesson: { id: f.l2.id, title: 'L2' }, course: { id: f.course.id } })
    expect(res.body.courses[0].progressPercentage).toBe(0)
    expect((await t.api.get('/api/me/learning')).status).toBe(401)
  })
})
