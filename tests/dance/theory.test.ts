/**
 * Theory (seed 000) is served by the learning plugin; the formations part seeds a French theory
 * course. Over HTTP, as a student: the course is public, enrolling is free, a lesson is read and
 * completed, a quiz is answered — the answer key and the explanation are not served before the
 * answer is submitted, and are after — and progress is recorded.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Auth } from '../helpers/client'

import { seedFormations } from '../../src/plugins/dance/formations'
import { seedTheory, THEORY_CATEGORY, THEORY_COURSE_TITLE } from '../../src/plugins/dance/formations/theory-seed'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

type Session = { auth: Auth; user: any }
let t: TestServer
let instructor: Session
let student: Session
let other: Session
let course: any
let lessons: any[]
let quizzes: any[]

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

beforeAll(async () => {
  t = await startTestServer()
  ;[instructor, student, other] = await Promise.all([
    userSession(t.payload, t.api, ['instructor']),
    userSession(t.payload, t.api, ['student']),
    userSession(t.payload, t.api, ['student']),
  ])
  // the category exists already (another seed made it): the theory seed reuses it
  await t.payload.create({ collection: 'course-categories', data: { name: THEORY_CATEGORY }, locale: 'fr', overrideAccess: true })
  // the part's whole seed: formations, then the theory course
  await seedFormations(t.payload, { admin: { id: instructor.user.id, email: instructor.user.email }, usersByRole: { instructor: [{ id: instructor.user.id, email: instructor.user.email }] }, mediaIds: [], demoPassword: 'x' })
  const found = await t.api.get(`/api/courses?where[title][equals]=${encodeURIComponent(THEORY_COURSE_TITLE)}&depth=1`)
  expect(found.status).toBe(200)
  course = found.body.docs[0]
  lessons = (await t.api.get(`/api/lessons?where[course][equals]=${course.id}&sort=_order&limit=50&depth=0`)).body.docs
  quizzes = (await t.api.get(`/api/quizzes?where[course][equals]=${course.id}&limit=50&depth=0`)).body.docs
})
afterAll(async () => {
  await t?.close()
})

describe('formations seed', () => {
  it('French categories on two levels with breadcrumbs, published formations and one draft', async () => {
    const cats = (await t.api.get('/api/formation-categories?limit=50&depth=0')).body.docs as any[]
    const guidage = cats.find((c) => c.slug === 'guidage')
    expect(guidage.breadcrumbs.map((b: any) => [b.label, b.url])).toEqual([
      ['Technique', '/technique'],
      ['Guidage', '/technique/guidage'],
    ])
    const published = (await t.api.get('/api/formations?limit=50&depth=0')).body.docs as any[]
    expect(published.length).toBeGreaterThanOrEqual(4)
    expect(published.every((f) => f._status === 'published' && f.publishedAt && f.readingTimeMinutes >= 1)).toBe(true)
    const all = await t.payload.find({ collection: 'formations', limit: 50, depth: 0 })
    expect(all.docs.filter((f) => f._status === 'draft')).toHaveLength(1)
    const found = await t.api.get('/api/formations/search?q=decale')
    expect(found.body.docs.map((d: any) => d.title)).toContain('Danser en décalé sans perdre la musique')
  })
})

describe('theory seed', () => {
  it('a free, published French course in the "Théorie" category, with modules, lessons and one quiz per lesson', async () => {
    expect(course).toBeTruthy()
    expect(course.price).toBe(0)
    expect(course.category.name).toBe(THEORY_CATEGORY)
    const categories = await t.payload.find({ collection: 'course-categories', where: { name: { equals: THEORY_CATEGORY } }, locale: 'fr' })
    expect(categories.totalDocs).toBe(1)
    const modules = (await t.api.get(`/api/course-modules?where[course][equals]=${course.id}&limit=50`)).body.docs
    expect(modules.length).toBeGreaterThanOrEqual(2)
    expect(lessons.length).toBeGreaterThanOrEqual(4)
    expect(quizzes).toHaveLength(lessons.length)
    expect(new Set(quizzes.map((q: any) => idOf(q.lesson)))).toEqual(new Set(lessons.map((l: any) => l.id)))
    const questions = await t.payload.find({ collection: 'quiz-questions', where: { course: { equals: course.id } }, limit: 50 })
    expect(questions.totalDocs).toBe(quizzes.length)
    for (const q of questions.docs) {
      expect(q.type).toBe('multiple_choice')
      expect(q.options!.length).toBeGreaterThanOrEqual(3)
      expect(q.options!.filter((o) => o.correct)).toHaveLength(1)
      expect(q.explanation).toBeTruthy()
    }
  })

  it('does nothing when the learning plugin is off', async () => {
    const calls: string[] = []
    const off = new Proxy({ collections: {} }, { get: (target, key) => (key === 'collections' ? target.collections : (calls.push(String(key)), () => undefined)) })
    await seedTheory(off as unknown as Payload, { admin: { id: 1, email: 'a@b.c' }, usersByRole: {}, mediaIds: [], demoPassword: 'x' })
    expect(calls).toEqual([])
  })
})

describe('theory flow as a student (HTTP)', () => {
  it('enroll (free), read a lesson, answer the quiz (explanation after, not before), progress recorded', async () => {
    const lesson = lessons[0]
    const quiz = quizzes.find((q: any) => idOf(q.lesson) === lesson.id)
    // not enrolled yet: no attempt
    const early = await t.api.post(`/api/quizzes/${quiz.id}/attempts`, {}, student.auth)
    expect(early.status).toBeGreaterThanOrEqual(400)
    expect(early.status).toBeLessThan(500)

    const enrolled = await t.api.post(`/api/courses/${course.id}/enroll`, {}, student.auth)
    expect(enrolled.status, enrolled.text.slice(0, 300)).toBe(201)
    expect(enrolled.body.enrollment.status).toBe('active')

    // read the lesson: its content is served
    const read = await t.api.get(`/api/lessons/${lesson.id}`, student.auth)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body.body)).toContain('huit temps')

    // the answer key is not readable by a learner (REST, GraphQL, filters)
    const keys = await t.api.get(`/api/quiz-questions?where[quiz][equals]=${quiz.id}`, student.auth)
    expect(keys.status === 403 || (keys.status === 200 && keys.body.docs.length === 0)).toBe(true)
    const gKeys = await t.api.graphql(`{ QuizQuestions(limit: 50) { docs { id explanation options { correct } } } }`, {}, student.auth)
    expect(gKeys.body.data?.QuizQuestions?.docs ?? []).toEqual([])
    const question = (await t.payload.find({ collection: 'quiz-questions', where: { quiz: { equals: quiz.id } }, locale: 'fr' })).docs[0]

    // start: the paper has the question and its options, no correct flag, no explanation
    const started = await t.api.post(`/api/quizzes/${quiz.id}/attempts`, {}, student.auth)
    expect(started.status, started.text.slice(0, 300)).toBe(201)
    const paper = started.body.attempt.questions
    expect(paper).toHaveLength(1)
    expect(paper[0].text).toBe(question.text)
    expect(paper[0].options).toHaveLength(question.options!.length)
    expect(started.text).not.toContain(question.explanation!)
    expect(started.text).not.toMatch(/"correct"/)
    expect(started.body.attempt.correction).toBeUndefined()

    // a wrong answer: graded by the server, the explanation comes with the correction
    const wrong = question.options!.find((o) => !o.correct)!
    const right = question.options!.find((o) => o.correct)!
    const submitted = await t.api.post(`/api/quiz-attempts/${started.body.attempt.id}/submit`, { answers: { [String(question.id)]: String(wrong.id) } }, student.auth)
    expect(submitted.status, submitted.text.slice(0, 300)).toBe(200)
    expect(submitted.body.attempt).toMatchObject({ status: 'submitted', passed: false })
    expect(submitted.body.attempt.correction[0]).toMatchObject({ correct: false, explanation: question.explanation, expected: [String(right.id)] })
    // submitting twice is refused
    expect((await t.api.post(`/api/quiz-attempts/${started.body.attempt.id}/submit`, { answers: {} }, student.auth)).status).toBe(409)

    // another student cannot see that attempt
    expect([403, 404]).toContain((await t.api.get(`/api/quiz-attempts/${started.body.attempt.id}`, other.auth)).status)

    // the right answer on a second attempt
    const second = await t.api.post(`/api/quizzes/${quiz.id}/attempts`, {}, student.auth)
    expect(second.status).toBe(201)
    const passed = await t.api.post(`/api/quiz-attempts/${second.body.attempt.id}/submit`, { answers: { [String(question.id)]: String(right.id) } }, student.auth)
    expect(passed.body.attempt).toMatchObject({ passed: true, percentage: 100 })
    expect(passed.body.attempt.correction[0].explanation).toBe(question.explanation)

    // progress: the lesson read to the end
    const progress = await t.api.post(`/api/lessons/${lesson.id}/progress`, { status: 'completed', timeSpentSeconds: 300 }, student.auth)
    expect(progress.status, progress.text.slice(0, 300)).toBe(200)
    expect(progress.body.progress).toMatchObject({ status: 'completed', percentage: 100 })
    expect(progress.body.enrollment.progressPercentage).toBeGreaterThan(0)
    expect(progress.body.enrollment.progressPercentage).toBeLessThan(100)
    const mine = await t.api.get(`/api/lesson-progress?where[lesson][equals]=${lesson.id}&depth=0`, student.auth)
    expect(mine.body.docs).toHaveLength(1)
    expect(mine.body.docs[0]).toMatchObject({ status: 'completed', user: student.user.id })
    // nobody else reads it
    expect((await t.api.get(`/api/lesson-progress?where[lesson][equals]=${lesson.id}`, other.auth)).body.docs ?? []).toEqual([])
    const attempts = await t.api.get(`/api/quiz-attempts?where[quiz][equals]=${quiz.id}&depth=0`, student.auth)
    expect(attempts.body.docs.map((a: any) => a.passed).sort()).toEqual([false, true])
  })
})
