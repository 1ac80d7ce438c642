/**
 * The learner's path over real HTTP: enroll → lessons → quiz attempts (one failed) → final quiz →
 * certificate → public verification → revocation. Plus refusals, attempt and time limits, answer
 * secrecy and instructor ownership (REST and GraphQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, PASSWORD, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { type CourseFixture, makeCategory, makeCourse } from './fixtures'

let t: TestServer
let instructor: Awaited<ReturnType<typeof userSession>>
let category: { id: number }

beforeAll(async () => {
  t = await startTestServer()
  instructor = await userSession(t.payload, t.api, ['instructor'])
  category = await makeCategory(t.payload)
})
afterAll(async () => {
  await t?.close()
})

const learner = () => userSession(t.payload, t.api, ['student'], { firstName: 'Aïcha', lastName: 'Traoré' })

describe('full learning path', () => {
  let f: CourseFixture
  let me: Awaited<ReturnType<typeof learner>>
  let admin: Awaited<ReturnType<typeof userSession>>
  let certificateId: number
  let code: string

  beforeAll(async () => {
    f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    me = await learner()
    admin = await userSession(t.payload, t.api, ['admin'])
  })

  it('enrolls in a free course (active at once) and refuses a second enrollment', async () => {
    const res = await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)
    expect(res.status).toBe(201)
    expect(res.body.enrollment.status).toBe('active')
    const again = await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already enrolled/)
    const course = await t.payload.findByID({ collection: 'courses', id: f.course.id })
    expect(course.enrollmentCount).toBe(1)
  })

  it('keeps sequential module B locked until module A is complete', async () => {
    const locked = await t.api.post(`/api/lessons/${f.l3.id}/progress`, { status: 'completed' }, me.auth)
    expect(locked.status).toBe(409)
    expect(locked.body.errors[0].message).toMatch(/locked/)
    const p1 = await t.api.post(`/api/lessons/${f.l1.id}/progress`, { percentage: 50, timeSpentSeconds: 120 }, me.auth)
    expect(p1.status).toBe(200)
    expect(p1.body.progress).toMatchObject({ status: 'in_progress', percentage: 50, timeSpentSeconds: 120 })
    const p1b = await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed', timeSpentSeconds: 60 }, me.auth)
    expect(p1b.body.progress).toMatchObject({ status: 'completed', percentage: 100, timeSpentSeconds: 180 })
    await t.api.post(`/api/lessons/${f.l2.id}/progress`, { status: 'completed' }, me.auth)
    const p3 = await t.api.post(`/api/lessons/${f.l3.id}/progress`, { status: 'completed' }, me.auth)
    expect(p3.status).toBe(200)
    // 3 required lessons done of 3 lessons + 1 final quiz
    expect(p3.body.enrollment).toMatchObject({ status: 'active', progressPercentage: 75 })
  })

  it('rejects bad progress input with 400 naming the field', async () => {
    const bad = await t.api.post(`/api/lessons/${f.l1.id}/progress`, { percentage: 'lots' }, me.auth)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/percentage/)
    expect((await t.api.post(`/api/lessons/abc/progress`, {}, me.auth)).status).toBe(400)
    expect((await t.api.post(`/api/lessons/99999999/progress`, {}, me.auth)).status).toBe(404)
    expect((await t.api.post(`/api/lessons/${f.l1.id}/progress`, {})).status).toBe(401)
  })

  it('serves a quiz without the answer key, fails one attempt, passes the next, then refuses a third', async () => {
    const start = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
    expect(start.status).toBe(201)
    const served = JSON.stringify(start.body)
    expect(served).not.toMatch(/"correct"/)
    expect(served).not.toMatch(/correctBoolean|acceptedAnswers|Dakar|explanation/)
    expect(start.body.attempt.questions).toHaveLength(3)
    expect(start.body.attempt.questions.find((q: any) => q.type === 'multiple_choice').multipleAnswers).toBe(true)
    // the stored attempt read back through REST does not leak it either
    const readBack = await t.api.get(`/api/quiz-attempts/${start.body.attempt.id}`, me.auth)
    expect(readBack.status).toBe(200)
    expect(JSON.stringify(readBack.body)).not.toMatch(/"correct"|Dakar/)
    // questions are not readable by learners at all, REST and GraphQL
    expect((await t.api.get(`/api/quiz-questions/${f.questions.sa.id}`, me.auth)).status).toBe(403)
    const gql = await t.api.graphql(`{ QuizQuestions { docs { id acceptedAnswers { value } } } }`, {}, me.auth)
    expect(JSON.stringify(gql.body)).not.toMatch(/Dakar/)

    const fail = await t.api.post(`/api/quiz-attempts/${start.body.attempt.id}/submit`, { answers: f.wrongLesson }, me.auth)
    expect(fail.status).toBe(200)
    expect(fail.body.attempt).toMatchObject({ status: 'submitted', score: 0, totalPoints: 4, percentage: 0, passed: false, attemptsLeft: 1 })
    // after submitting, the correction is shown
    const mcqCorrection = fail.body.attempt.correction.find((c: any) => c.question === f.questions.mcq.id)
    expect(mcqCorrection.correct).toBe(false)
    expect(mcqCorrection.expected).toHaveLength(2)
    const twice = await t.api.post(`/api/quiz-attempts/${start.body.attempt.id}/submit`, { answers: f.correctLesson }, me.auth)
    expect(twice.status).toBe(409)

    const second = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
    expect(second.status).toBe(201)
    expect(second.body.attempt.attemptNumber).toBe(2)
    const pass = await t.api.post(`/api/quiz-attempts/${second.body.attempt.id}/submit`, { answers: f.correctLesson }, me.auth)
    expect(pass.body.attempt).toMatchObject({ score: 4, totalPoints: 4, percentage: 100, passed: true, attemptsLeft: 0 })

    const third = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
    expect(third.status).toBe(409)
    expect(third.body.errors[0].message).toMatch(/used all 2 attempts/)
  })

  it('refuses unknown question ids in answers', async () => {
    const start = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    expect(start.status).toBe(201)
    const bad = await t.api.post(`/api/quiz-attempts/${start.body.attempt.id}/submit`, { answers: { 987654: 'x' } }, me.auth)
    expect(bad.status).toBe(400)
    // starting again resumes the open attempt instead of using another one
    const resume = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    expect(resume.status).toBe(200)
    expect(resume.body.resumed).toBe(true)
    expect(resume.body.attempt.id).toBe(start.body.attempt.id)
  })

  it('passing the final quiz completes the enrollment and issues a certificate', async () => {
    const open = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    const res = await t.api.post(`/api/quiz-attempts/${open.body.attempt.id}/submit`, { answers: f.correctFinal }, me.auth)
    expect(res.status).toBe(200)
    expect(res.body.attempt.passed).toBe(true)
    expect(res.body.enrollment).toMatchObject({ status: 'completed', progressPercentage: 100 })
    const certs = await t.api.get(`/api/certificates?where[user][equals]=${me.user.id}`, me.auth)
    expect(certs.body.docs).toHaveLength(1)
    certificateId = certs.body.docs[0].id
    code = certs.body.docs[0].code
    expect(code).toMatch(/^[A-Z2-9]{12}$/)
    expect(certs.body.docs[0].learnerName).toBe('Aïcha Traoré')
  })

  it('lets the owner and admins download the PDF, nobody else', async () => {
    const pdf = await t.api.get(`/api/certificates/${certificateId}/pdf`, me.auth)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.text.startsWith('%PDF-')).toBe(true)
    expect((await t.api.get(`/api/certificates/${certificateId}/pdf`, admin.auth)).status).toBe(200)
    const other = await learner()
    expect((await t.api.get(`/api/certificates/${certificateId}/pdf`, other.auth)).status).toBe(403)
    expect((await t.api.get(`/api/certificates/${certificateId}/pdf`, instructor.auth)).status).toBe(403)
    expect((await t.api.get(`/api/certificates/${certificateId}/pdf`)).status).toBe(401)
  })

  it('the PDF embeds a QR code of the public verification URL', async () => {
    const { PDFDocument } = await import('pdf-lib')
    const res = await fetch(`${t.url}/api/certificates/${certificateId}/pdf`, { headers: { authorization: `JWT ${me.auth.token}` } })
    const bytes = new Uint8Array(await res.arrayBuffer())
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getTitle()).toMatch(/^Certificate VIBE-/)
    // the verification URL is drawn under the QR code, and the QR code is an embedded image
    const { default: zlib } = await import('node:zlib')
    const raw = Buffer.from(bytes).toString('latin1')
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
    const text = [raw, ...streams.map((m) => { try { return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1') } catch { return '' } })].join('\n').toLowerCase()
    const hex = Buffer.from(`${t.url}/api/certificates/verify/${code}`, 'latin1').toString('hex')
    expect(text).toContain(hex)
    expect(text).toMatch(/\/subtype\s*\/image/)
  })

  it('verifies publicly, then an admin revokes it with a reason and verification says revoked', async () => {
    const ok = await t.api.get(`/api/certificates/verify/${code}`)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ status: 'valid', certificate: { learnerName: 'Aïcha Traoré', courseTitle: f.course.title } })
    const unknown = await t.api.get('/api/certificates/verify/NOPE2345NOPE')
    expect(unknown.status).toBe(404)
    expect(unknown.body.status).toBe('unknown')

    expect((await t.api.post(`/api/certificates/${certificateId}/revoke`, { reason: 'Fraud detected' }, me.auth)).status).toBe(403)
    expect((await t.api.post(`/api/certificates/${certificateId}/revoke`, {}, admin.auth)).status).toBe(400)
    const rev = await t.api.post(`/api/certificates/${certificateId}/revoke`, { reason: 'Exam taken by someone else' }, admin.auth)
    expect(rev.status).toBe(200)
    const after = await t.api.get(`/api/certificates/verify/${code}`)
    expect(after.body.status).toBe('revoked')
    expect(after.body.certificate.revokedReason).toBe('Exam taken by someone else')
    expect(after.body.certificate.revokedAt).toBeTruthy()
    expect((await t.api.post(`/api/certificates/${certificateId}/revoke`, { reason: 'again' }, admin.auth)).status).toBe(409)
  })

  it('keeps the course rating from learners’ ratings', async () => {
    expect((await t.api.post(`/api/courses/${f.course.id}/rating`, { stars: 6 }, me.auth)).status).toBe(400)
    const outsider = await learner()
    expect((await t.api.post(`/api/courses/${f.course.id}/rating`, { stars: 5 }, outsider.auth)).status).toBe(403)
    expect((await t.api.post(`/api/courses/${f.course.id}/rating`, { stars: 3 }, me.auth)).body).toMatchObject({ courseRating: 3, ratings: 1 })
    const again = await t.api.post(`/api/courses/${f.course.id}/rating`, { stars: 4 }, me.auth)
    expect(again.body).toMatchObject({ courseRating: 4, ratings: 1 })
    // not writable through the collection API
    await t.api.patch(`/api/courses/${f.course.id}`, { rating: 1, enrollmentCount: 999 }, instructor.auth)
    expect(await t.payload.findByID({ collection: 'courses', id: f.course.id })).toMatchObject({ rating: 4, enrollmentCount: 1 })
  })

  it('reports the course to its instructor only', async () => {
    const stats = await t.api.get(`/api/courses/${f.course.id}/stats`, instructor.auth)
    expect(stats.status).toBe(200)
    expect(stats.body.enrollments.byStatus.completed).toBe(1)
    expect(stats.body.completionRate).toBe(100)
    expect(stats.body.quizzes.attempts).toBe(3)
    expect(stats.body.hardestQuestions[0].correctRate).toBeLessThan(100)
    const other = await userSession(t.payload, t.api, ['instructor'])
    expect((await t.api.get(`/api/courses/${f.course.id}/stats`, other.auth)).status).toBe(403)
    expect((await t.api.get(`/api/courses/${f.course.id}/stats`, me.auth)).status).toBe(403)
  })

  it('shows the learner their courses, certificate, XP and level', async () => {
    const res = await t.api.get('/api/me/learning', me.auth)
    expect(res.status).toBe(200)
    expect(res.body.courses[0]).toMatchObject({ status: 'completed', progressPercentage: 100 })
    expect(res.body.certificates[0]).toMatchObject({ code, revoked: true })
    // 3 lessons (30) + quiz passed twice (50) + perfect twice (100) + course (100) + daily login (5)
    expect(res.body.xp).toMatchObject({ total: 285, level: 3, levelName: 'Initié' })
    expect(res.body.streaks.daily).toBe(1)
  })
})

describe('enrollment refusals', () => {
  it('refuses unpublished courses, passed deadlines and missing prerequisites; paid courses wait for payment', async () => {
    const me = await learner()
    const draft = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, publish: false })
    const r1 = await t.api.post(`/api/courses/${draft.course.id}/enroll`, {}, me.auth)
    expect(r1.status).toBe(409)
    expect(r1.body.errors[0].message).toMatch(/not published/)

    const late = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, enrollmentDeadline: new Date(Date.now() - 86_400_000).toISOString() })
    const r2 = await t.api.post(`/api/courses/${late.course.id}/enroll`, {}, me.auth)
    expect(r2.status).toBe(409)
    expect(r2.body.errors[0].message).toMatch(/deadline/)

    const base = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, title: 'Basics' })
    const adv = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, prerequisite: base.course.id })
    const r3 = await t.api.post(`/api/courses/${adv.course.id}/enroll`, {}, me.auth)
    expect(r3.status).toBe(409)
    expect(r3.body.errors[0].message).toMatch(/prerequisite course "Basics"/)

    const paid = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, price: 15000 })
    const r4 = await t.api.post(`/api/courses/${paid.course.id}/enroll`, {}, me.auth)
    expect(r4.status).toBe(202)
    expect(r4.body).toMatchObject({
      payment: { provider: 'sandbox', amount: 15000, currency: 'XOF', status: 'pending' },
      enrollment: { status: 'pending_payment', pricePaid: 15000, currency: 'XOF' },
    })
    // not active: no progress, no quiz
    const blocked = await t.api.post(`/api/lessons/${paid.l1.id}/progress`, { status: 'completed' }, me.auth)
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toMatch(/waiting for payment/)
    // the learner pays on the sandbox page; the payments job activates the enrollment
    const { paymentId, client } = r4.body.payment
    const paidRes = await t.api.request('POST', `/api/payments/sandbox/${paymentId}/confirm`, {
      raw: new URLSearchParams({ token: new URL(client.url).searchParams.get('token') as string, action: 'pay' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(paidRes.status).toBeLessThan(400)
    await t.payload.jobs.run({ queue: 'payments', limit: 50 })
    expect((await t.payload.findByID({ collection: 'enrollments', id: r4.body.enrollment.id })).status).toBe('active')
    // what the payments handler calls is idempotent
    const { activatePaidEnrollment } = await import('../../src/plugins/learning/services/enrollment')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({}, t.payload)
    expect((await activatePaidEnrollment(req, r4.body.enrollment.id)).status).toBe('active')
    expect((await t.payload.findByID({ collection: 'courses', id: paid.course.id })).enrollmentCount).toBe(1)
    expect((await t.api.post(`/api/lessons/${paid.l1.id}/progress`, { status: 'completed' }, me.auth)).status).toBe(200)
  })

  it('lets only one of two concurrent enrollments through', async () => {
    const me = await learner()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const results = await Promise.all(Array.from({ length: 6 }, () => t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)))
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409])
    expect((await t.payload.count({ collection: 'enrollments', where: { user: { equals: me.user.id } } })).totalDocs).toBe(1)
    expect((await t.payload.findByID({ collection: 'courses', id: f.course.id })).enrollmentCount).toBe(1)
  })

  it('refuses progress and quizzes to learners who are not enrolled', async () => {
    const me = await learner()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    expect((await t.api.post(`/api/lessons/${f.l1.id}/progress`, { status: 'completed' }, me.auth)).status).toBe(403)
    expect((await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)).status).toBe(403)
  })
})

describe('quiz time limit and shuffling', () => {
  it('refuses a late submission and closes the attempt as expired with score 0', async () => {
    const me = await learner()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)
    const start = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    expect(start.status).toBe(201)
    const started = new Date(start.body.attempt.startedAt).getTime()
    expect(new Date(start.body.attempt.deadlineAt).getTime() - started).toBe(10 * 60_000)
    // the clock: move the recorded deadline into the past rather than waiting
    await t.payload.update({ collection: 'quiz-attempts', id: start.body.attempt.id, data: { deadlineAt: new Date(Date.now() - 60_000).toISOString() } })
    const late = await t.api.post(`/api/quiz-attempts/${start.body.attempt.id}/submit`, { answers: f.correctFinal }, me.auth)
    expect(late.status).toBe(409)
    expect(late.body.errors[0].message).toMatch(/Time is up/)
    const stored = await t.payload.findByID({ collection: 'quiz-attempts', id: start.body.attempt.id })
    expect(stored).toMatchObject({ status: 'expired', score: 0, passed: false })
    // the expired attempt counts: 2 left of 3
    const next = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    expect(next.body.attempt).toMatchObject({ attemptNumber: 2, attemptsLeft: 1 })
  })

  it('an overdue open attempt is expired when the learner starts again', async () => {
    const me = await learner()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)
    const a = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    await t.payload.update({ collection: 'quiz-attempts', id: a.body.attempt.id, data: { deadlineAt: new Date(Date.now() - 60_000).toISOString() } })
    const b = await t.api.post(`/api/quizzes/${f.final.id}/attempts`, {}, me.auth)
    expect(b.status).toBe(201)
    expect(b.body.attempt.attemptNumber).toBe(2)
    expect((await t.payload.findByID({ collection: 'quiz-attempts', id: a.body.attempt.id })).status).toBe('expired')
  })

  it('shuffles options per attempt and grades by option id whatever the order', async () => {
    const orders = new Set<string>()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    await t.payload.update({ collection: 'quizzes', id: f.quiz.id, data: { maxAttempts: 6 } })
    const me = await learner()
    await t.api.post(`/api/courses/${f.course.id}/enroll`, {}, me.auth)
    for (let i = 0; i < 5; i++) {
      const s = await t.api.post(`/api/quizzes/${f.quiz.id}/attempts`, {}, me.auth)
      const q = s.body.attempt.questions.find((x: any) => x.type === 'multiple_choice')
      orders.add(q.options.map((o: any) => o.id).join(','))
      expect(q.options.map((o: any) => o.id).sort()).toEqual(f.questions.mcq.options!.map((o) => String(o.id)).sort())
      const sub = await t.api.post(`/api/quiz-attempts/${s.body.attempt.id}/submit`, { answers: f.correctLesson }, me.auth)
      expect(sub.body.attempt.percentage).toBe(100)
    }
    // 720 orders of 6 options: five identical draws would be a broken shuffle
    expect(orders.size).toBeGreaterThan(1)
  })
})

describe('instructor ownership and visibility', () => {
  it('an instructor cannot change another instructor’s course or anything under it (REST)', async () => {
    const other = await userSession(t.payload, t.api, ['instructor'])
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    expect([403, 404]).toContain((await t.api.patch(`/api/courses/${f.course.id}`, { title: 'Hijack' }, other.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/lessons/${f.l1.id}`, { title: 'Hijack' }, other.auth)).status)
    expect([403, 404]).toContain((await t.api.patch(`/api/quiz-questions/${f.questions.sa.id}`, { points: 99 }, other.auth)).status)
    expect([403, 404]).toContain((await t.api.delete(`/api/course-modules/${f.modA.id}`, other.auth)).status)
    // nor attach new content to it
    const add = await t.api.post('/api/lessons', { course: f.course.id, title: 'Sneaky', contentType: 'text' }, other.auth)
    expect(add.status).toBe(403)
    const addQ = await t.api.post('/api/quiz-questions', { quiz: f.quiz.id, text: 'x', type: 'true_false', correctBoolean: true }, other.auth)
    expect(addQ.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'courses', id: f.course.id })).title).toBe(f.course.title)
    // the owner can
    const own = await t.api.patch(`/api/lessons/${f.l1.id}`, { title: 'Renamed' }, instructor.auth)
    expect(own.status).toBe(200)
    // and an instructor cannot make someone else the instructor of a new course
    const mine = await t.api.post('/api/courses', { title: 'Mine', category: category.id, instructor: instructor.user.id, price: 0, currency: 'XOF' }, other.auth)
    expect(mine.status).toBe(201)
    expect(mine.body.doc.instructor.id ?? mine.body.doc.instructor).toBe(other.user.id)
    expect(mine.body.doc.slug).toBe('mine')
  })

  it('… nor through GraphQL', async () => {
    const other = await userSession(t.payload, t.api, ['instructor'])
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const res = await t.api.graphql(`mutation($id: Int!) { updateCourse(id: $id, data: { title: "Hijack" }) { id title } }`, { id: f.course.id }, other.auth)
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.findByID({ collection: 'courses', id: f.course.id })).title).toBe(f.course.title)
  })

  it('students never see unpublished courses or lessons (REST and GraphQL)', async () => {
    const me = await learner()
    const draft = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id, publish: false })
    const pub = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    const draftLesson = await t.payload.create({ collection: 'lessons', data: { course: pub.course.id, title: 'Unfinished', contentType: 'text', _status: 'draft' }, draft: true })
    expect((await t.api.get(`/api/courses/${draft.course.id}`, me.auth)).status).toBe(404)
    expect((await t.api.get(`/api/lessons/${draftLesson.id}`, me.auth)).status).toBe(404)
    // lessons of an unpublished course stay hidden even when the lesson itself is published
    expect((await t.api.get(`/api/lessons/${draft.l1.id}`, me.auth)).status).toBe(404)
    expect((await t.api.get(`/api/lessons/${draft.l1.id}`)).status).toBe(404)
    const list = await t.api.get(`/api/lessons?limit=500`, me.auth)
    const ids = list.body.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(pub.l1.id)
    expect(ids).not.toContain(draftLesson.id)
    expect(ids).not.toContain(draft.l1.id)
    const gql = await t.api.graphql(`{ Courses(limit: 500) { docs { id } } Lessons(limit: 500) { docs { id } } }`, {}, me.auth)
    const gc = gql.body.data.Courses.docs.map((d: { id: number }) => d.id)
    const gl = gql.body.data.Lessons.docs.map((d: { id: number }) => d.id)
    expect(gc).toContain(pub.course.id)
    expect(gc).not.toContain(draft.course.id)
    expect(gl).not.toContain(draftLesson.id)
    // the instructor sees their own drafts
    expect((await t.api.get(`/api/courses/${draft.course.id}?draft=true`, instructor.auth)).status).toBe(200)
  })

  it('learners cannot create or edit enrollments, attempts or certificates directly', async () => {
    const me = await learner()
    const f = await makeCourse(t.payload, { instructor: instructor.user.id, category: category.id })
    expect((await t.api.post('/api/enrollments', { user: me.user.id, course: f.course.id, status: 'completed' }, me.auth)).status).toBe(403)
    expect((await t.api.post('/api/certificates', { code: 'X' }, me.auth)).status).toBe(403)
    const s = await createUser(t.payload, { roles: ['student'] })
    void s
  })
})

describe('demo seed', () => {
  it('creates categories, courses, a mid-way learner and a certified one through the real services', async () => {
    const { seedLearning } = await import('../../src/plugins/learning/seed')
    const inst = await createUser(t.payload, { roles: ['instructor'] })
    const s1 = await createUser(t.payload, { roles: ['student'], firstName: 'Awa', lastName: 'Koné' })
    const s2 = await createUser(t.payload, { roles: ['student'] })
    const before = await t.payload.count({ collection: 'courses' })
    await seedLearning(t.payload, {
      admin: { id: 0, email: 'admin@test.local' },
      usersByRole: { instructor: [{ id: inst.id, email: inst.email }], student: [{ id: s1.id, email: s1.email }, { id: s2.id, email: s2.email }] },
      mediaIds: [],
      demoPassword: 'x',
    })
    expect((await t.payload.count({ collection: 'courses' })).totalDocs - before.totalDocs).toBe(3)
    const certs = await t.payload.find({ collection: 'certificates', where: { user: { equals: s1.id } } })
    expect(certs.docs).toHaveLength(1)
    expect(certs.docs[0].learnerName).toBe('Awa Koné')
    const mid = await t.payload.find({ collection: 'enrollments', where: { user: { equals: s2.id } } })
    expect(mid.docs[0]).toMatchObject({ status: 'active' })
    expect(mid.docs[0].progressPercentage).toBeGreaterThan(0)
    expect(mid.docs[0].progressPercentage).toBeLessThan(100)
    // the course announcement is in the learners' inbox
    const inbox = await t.api.get('/api/messages/me', await t.api.login(s2.email, PASSWORD))
    expect(inbox.body.docs.map((d: { subject: string }) => d.subject)).toContainEqual(expect.stringMatching(/supports du module 2 en ligne$/))
  })
})
