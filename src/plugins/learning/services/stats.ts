/** Instructor statistics of one course, and the learner's own dashboard. */
import type { PayloadRequest } from 'payload'

import { userIsAdmin } from '../../../access'
import { forbidden, notFound } from '../../../endpoints/http'
import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'
import { levelFor } from './xp-rules'

type Id = number | string

export async function courseStats(req: PayloadRequest, courseId: Id) {
  const user = req.user!
  const course = await req.payload.findByID({ collection: 'courses', id: courseId, depth: 0, draft: true, req, overrideAccess: true, disableErrors: true })
  if (!course) throw notFound('Course not found.')
  if (!userIsAdmin(user) && idOf(course.instructor) !== idOf(user.id)) throw forbidden('Only the course instructor and administrators see its statistics.')
  const c = idOf(course.id)
  const byStatus = await rows<{ status: string; n: string }>(req, sql`SELECT status, COUNT(*) AS n FROM enrollments WHERE course_id = ${c} GROUP BY status`)
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)]))
  const learning = (counts.active ?? 0) + (counts.completed ?? 0)
  const [quiz] = await rows<{ avg: null | string; n: string; pass: null | string }>(
    req,
    sql`SELECT AVG(percentage) AS avg, COUNT(*) AS n, AVG(CASE WHEN passed THEN 1 ELSE 0 END) AS pass FROM quiz_attempts WHERE course_id = ${c} AND status = 'submitted'`,
  )
  const hardest = await rows<{ question: string; attempts: string; correct: string }>(
    req,
    sql`SELECT r->>'question' AS question, COUNT(*) AS attempts, SUM(CASE WHEN (r->>'correct')::boolean THEN 1 ELSE 0 END) AS correct
        FROM quiz_attempts a, jsonb_array_elements(a.correction) r
        WHERE a.course_id = ${c} AND a.status = 'submitted' AND jsonb_typeof(a.correction) = 'array'
        GROUP BY r->>'question' ORDER BY SUM(CASE WHEN (r->>'correct')::boolean THEN 1 ELSE 0 END)::float / COUNT(*) ASC, COUNT(*) DESC LIMIT 5`,
  )
  const qids = hardest.map((h) => Number(h.question))
  const texts = qids.length
    ? await req.payload.find({ collection: 'quiz-questions', where: { id: { in: qids } }, depth: 0, limit: 10, req, overrideAccess: true })
    : { docs: [] as { id: number; text: string }[] }
  const [avgProgress] = await rows<{ avg: null | string }>(req, sql`SELECT AVG(progress_percentage) AS avg FROM enrollments WHERE course_id = ${c} AND status IN ('active', 'completed')`)
  return {
    course: { id: course.id, title: course.title },
    enrollments: { total: Object.values(counts).reduce((a, b) => a + b, 0), byStatus: counts },
    completionRate: learning ? Math.round(((counts.completed ?? 0) / learning) * 10000) / 100 : 0,
    averageProgress: avgProgress.avg ? Math.round(Number(avgProgress.avg) * 100) / 100 : 0,
    quizzes: { attempts: Number(quiz.n), averageScore: quiz.avg ? Math.round(Number(quiz.avg) * 100) / 100 : null, passRate: quiz.pass ? Math.round(Number(quiz.pass) * 10000) / 100 : null },
    hardestQuestions: hardest.map((h) => ({
      question: Number(h.question),
      text: texts.docs.find((t) => String(t.id) === h.question)?.text ?? null,
      attempts: Number(h.attempts),
      correctRate: Math.round((Number(h.correct) / Number(h.attempts)) * 10000) / 100,
    })),
  }
}

export async function myLearning(req: PayloadRequest) {
  const user = req.user!
  const u = idOf(user.id)
  const enrollments = await req.payload.find({
    collection: 'enrollments', where: { user: { equals: u } }, sort: '-lastAccessedAt', limit: 200, depth: 1, req, overrideAccess: false, user,
  })
  const courses = enrollments.docs.map((e) => {
    const course = e.course && typeof e.course === 'object' ? e.course : null
    const last = e.lastLesson && typeof e.lastLesson === 'object' ? e.lastLesson : null
    return {
      enrollment: e.id,
      status: e.status,
      progressPercentage: e.progressPercentage ?? 0,
      course: course ? { id: course.id, title: course.title, slug: course.slug } : idOf(e.course),
      lastLesson: last ? { id: last.id, title: last.title } : null,
      lastAccessedAt: e.lastAccessedAt ?? null,
      completedAt: e.completedAt ?? null,
    }
  })
  const continueWith = courses.find((c) => c.status === 'active' && c.lastLesson) ?? courses.find((c) => c.status === 'active') ?? null
  const [certs, badges, xpRows, streakRows] = await Promise.all([
    req.payload.find({ collection: 'certificates', where: { user: { equals: u } }, sort: '-issuedAt', limit: 100, depth: 0, req, overrideAccess: false, user }),
    req.payload.find({ collection: 'user-badges', where: { user: { equals: u } }, sort: '-earnedAt', limit: 200, depth: 1, req, overrideAccess: false, user }),
    rows<{ total_xp: number }>(req, sql`SELECT total_xp FROM user_xp WHERE user_id = ${u}`),
    rows<Record<string, any>>(req, sql`SELECT timezone, daily_streak, longest_daily_streak, perfect_quiz_streak, longest_perfect_quiz_streak, last_activity_date FROM user_streaks WHERE user_id = ${u}`),
  ])
  const totalXp = Number(xpRows[0]?.total_xp ?? 0)
  const lvl = levelFor(totalXp)
  const s = streakRows[0]
  return {
    courses,
    continue: continueWith,
    certificates: certs.docs.map((c) => ({ id: c.id, code: c.code, number: c.number, courseTitle: c.courseTitle, issuedAt: c.issuedAt, revoked: Boolean(c.revokedAt), pdf: `/api/certificates/${c.id}/pdf` })),
    badges: badges.docs.map((b) => {
      const badge = b.badge && typeof b.badge === 'object' ? b.badge : null
      return { id: b.id, earnedAt: b.earnedAt, badge: badge ? { id: badge.id, name: badge.name, tier: badge.tier } : idOf(b.badge), openBadge: `/api/user-badges/${b.id}/open-badge` }
    }),
    xp: { total: totalXp, level: lvl.level, levelName: lvl.name, nextLevelXp: lvl.nextLevelXp, xpToNextLevel: lvl.xpToNextLevel },
    streaks: {
      timezone: s?.timezone ?? 'UTC',
      daily: Number(s?.daily_streak ?? 0),
      longestDaily: Number(s?.longest_daily_streak ?? 0),
      perfectQuiz: Number(s?.perfect_quiz_streak ?? 0),
      longestPerfectQuiz: Number(s?.longest_perfect_quiz_streak ?? 0),
      lastActivityDate: s?.last_activity_date ?? null,
    },
  }
}
