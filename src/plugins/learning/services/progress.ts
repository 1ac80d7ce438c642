/** Lesson progress, module locks and course completion. */
import { verificationUrl } from './certificates'
import type { PayloadRequest } from 'payload'

import { badRequest, conflict, notFound } from '../../../endpoints/http'
import { issueCertificate } from './certificates'
import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'
import { requireLearningEnrollment } from './enrollment'
import { afterLearningAction, awardXp, touchStreak } from './gamification'
import { courseProgress, unlockedModules } from './modules'
import { notifyLearner } from './notify'

type Id = number | string

/** Everything needed to judge a learner's position in a course. */
export async function courseState(req: PayloadRequest, courseId: Id, enrollmentId: Id, userId: Id) {
  const [modules, lessons, finals, done, passed] = await Promise.all([
    req.payload.find({ collection: 'course-modules', where: { course: { equals: courseId } }, sort: '_order', limit: 500, depth: 0, req, overrideAccess: true }),
    req.payload.find({ collection: 'lessons', where: { and: [{ course: { equals: courseId } }, { _status: { equals: 'published' } }] }, sort: '_order', limit: 2000, depth: 0, req, overrideAccess: true }),
    req.payload.find({ collection: 'quizzes', where: { and: [{ course: { equals: courseId } }, { isFinal: { equals: true } }, { published: { equals: true } }] }, limit: 50, depth: 0, req, overrideAccess: true }),
    rows<{ lesson_id: number }>(req, sql`SELECT lesson_id FROM lesson_progress WHERE enrollment_id = ${idOf(enrollmentId)} AND status = 'completed'`),
    rows<{ quiz_id: number }>(req, sql`SELECT DISTINCT quiz_id FROM quiz_attempts WHERE user_id = ${idOf(userId)} AND course_id = ${idOf(courseId)} AND passed = true`),
  ])
  const completed = new Set(done.map((r) => String(r.lesson_id)))
  const required = lessons.docs.filter((l) => l.required !== false)
  const requiredByModule = new Map<string, string[]>()
  for (const l of required) {
    if (!l.module) continue
    const k = String(idOf(l.module))
    requiredByModule.set(k, [...(requiredByModule.get(k) ?? []), String(l.id)])
  }
  const open = unlockedModules(modules.docs, requiredByModule, completed)
  const progress = courseProgress(required.map((l) => String(l.id)), completed, finals.docs.map((q) => String(q.id)), new Set(passed.map((p) => String(p.quiz_id))))
  return { modules: modules.docs, lessons: lessons.docs, finals: finals.docs, completed, open, progress }
}

export function assertModuleOpen(state: { open: Set<string>; modules: { id: Id; title?: unknown }[] }, moduleRef: unknown) {
  if (!moduleRef) return
  const id = String(idOf(moduleRef))
  if (!state.open.has(id)) {
    const m = state.modules.find((x) => String(x.id) === id)
    throw conflict(`The module "${String(m?.title ?? id)}" is locked: complete the previous module first.`, { module: idOf(moduleRef) })
  }
}

export type ProgressInput = { status?: 'completed' | 'in_progress'; percentage?: number; timeSpentSeconds?: number }

export async function recordLessonProgress(req: PayloadRequest, lessonId: Id, input: ProgressInput) {
  const user = req.user!
  // read as the learner: unpublished lessons (or lessons of unpublished courses) are not found
  const lesson = await req.payload.findByID({ collection: 'lessons', id: lessonId, depth: 0, req, overrideAccess: false, user, disableErrors: true })
  if (!lesson) throw notFound('Lesson not found.')
  if (lesson._status !== 'published') throw conflict('This lesson is not published.')
  const courseId = idOf(lesson.course)
  const enrollment = await requireLearningEnrollment(req, courseId)
  const before = await courseState(req, courseId, enrollment.id, user.id)
  assertModuleOpen(before, lesson.module)

  const completedNow = input.status === 'completed' || (input.percentage ?? 0) >= 100
  const pct = completedNow ? 100 : Math.max(0, Math.min(100, Math.round(input.percentage ?? 0)))
  const status = completedNow ? 'completed' : 'in_progress'
  const spent = Math.max(0, Math.min(4 * 3600, Math.round(input.timeSpentSeconds ?? 0)))
  if (input.status === 'in_progress' && (input.percentage ?? 0) >= 100) throw badRequest('percentage: 100% means completed; send status "completed".')
  const [row] = await rows(
    req,
    sql`INSERT INTO lesson_progress (enrollment_id, user_id, course_id, lesson_id, status, percentage, time_spent_seconds, completed_at, created_at, updated_at)
        VALUES (${enrollment.id}, ${idOf(user.id)}, ${courseId}, ${idOf(lesson.id)}, ${status}, ${pct}, ${spent}, ${completedNow ? new Date().toISOString() : null}, now(), now())
        ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
          percentage = GREATEST(lesson_progress.percentage, EXCLUDED.percentage),
          time_spent_seconds = COALESCE(lesson_progress.time_spent_seconds, 0) + EXCLUDED.time_spent_seconds,
          status = CASE WHEN lesson_progress.status = 'completed' THEN lesson_progress.status ELSE EXCLUDED.status END,
          completed_at = COALESCE(lesson_progress.completed_at, EXCLUDED.completed_at),
          updated_at = now()
        RETURNING id, status, percentage, time_spent_seconds, completed_at`,
  )
  await rows(
    req,
    sql`UPDATE enrollments SET last_lesson_id = ${idOf(lesson.id)}, last_accessed_at = now(), started_at = COALESCE(started_at, now()), updated_at = now() WHERE id = ${enrollment.id}`,
  )
  const course = await req.payload.findByID({ collection: 'courses', id: courseId, depth: 0, req, overrideAccess: true })
  if (row.status === 'completed') {
    await awardXp(req, { user: user.id, action: 'lesson_completed', sourceKey: `lesson_completed:${idOf(user.id)}:${idOf(lesson.id)}`, course: courseId, category: course.category as Id })
  }
  await touchStreak(req, user.id)
  const after = await syncEnrollment(req, enrollment.id)
  await afterLearningAction(req, user.id)
  return {
    progress: { id: row.id, lesson: lesson.id, status: row.status, percentage: Number(row.percentage), timeSpentSeconds: Number(row.time_spent_seconds), completedAt: row.completed_at },
    enrollment: after,
  }
}

/**
 * Recomputes the progress % and completes the enrollment when every required lesson is done and
 * every final quiz is passed. Completion is claimed by a conditional UPDATE, so the certificate
 * and the course XP are given once even when two requests finish the course together.
 */
export async function syncEnrollment(req: PayloadRequest, enrollmentId: Id) {
  const e = await req.payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, req, overrideAccess: true })
  const state = await courseState(req, idOf(e.course), e.id, idOf(e.user))
  await rows(req, sql`UPDATE enrollments SET progress_percentage = ${state.progress.percentage}, updated_at = now() WHERE id = ${e.id}`)
  if (state.progress.complete && e.status === 'active') {
    const claimed = await rows(req, sql`UPDATE enrollments SET status = 'completed', completed_at = now(), updated_at = now() WHERE id = ${e.id} AND status = 'active' RETURNING id`)
    if (claimed.length) {
      const course = await req.payload.findByID({ collection: 'courses', id: idOf(e.course), depth: 0, req, overrideAccess: true })
      await awardXp(req, { user: idOf(e.user), action: 'course_completed', sourceKey: `course_completed:${idOf(e.user)}:${course.id}`, course: course.id, category: course.category as Id })
      const cert = await issueCertificate(req, e.id)
      if (cert) {
        await notifyLearner(req, { user: idOf(e.user), type: 'certificate.issued', data: { certificate: cert.id, code: cert.code, course: course.title, courseId: course.id, url: verificationUrl(cert.code) }, idempotencyKey: `certificate.issued:${cert.id}` })
      }
    }
  }
  const fresh = await req.payload.findByID({ collection: 'enrollments', id: e.id, depth: 0, req, overrideAccess: true })
  return { id: fresh.id, status: fresh.status, progressPercentage: fresh.progressPercentage, completedAt: fresh.completedAt }
}
