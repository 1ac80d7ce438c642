/**
 * Enrolling in a course, and the hooks the payments plugin calls once a paid enrollment is paid
 * or abandoned. Free courses are active at once; paid ones wait in `pending_payment`.
 */
import type { PayloadRequest } from 'payload'

import { conflict, forbidden, notFound } from '../../../endpoints/http'
import { userIsAdmin } from '../../../access'
import { idOf } from './db'
import { rows, sql } from '../../../db/transaction'
import { type Actor, type EnrollmentStatus, enrollmentTransitionError } from './transitions'

type Id = number | string

export async function enroll(req: PayloadRequest, courseId: Id, now = new Date()) {
  const user = req.user!
  const course = await req.payload.findByID({ collection: 'courses', id: courseId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!course) throw notFound('Course not found.')
  if (course._status !== 'published') throw conflict('This course is not published: you cannot enroll in it.')
  if (course.enrollmentDeadline && new Date(course.enrollmentDeadline) < now) {
    throw conflict(`The enrollment deadline for this course passed on ${new Date(course.enrollmentDeadline).toISOString().slice(0, 10)}.`)
  }
  if (course.endDate && new Date(course.endDate) < now) throw conflict('This course has ended.')
  if (course.prerequisite) {
    const done = await req.payload.find({
      collection: 'enrollments',
      where: { and: [{ user: { equals: user.id } }, { course: { equals: idOf(course.prerequisite) } }, { status: { equals: 'completed' } }] },
      limit: 1, depth: 0, req, overrideAccess: false, user,
    })
    if (!done.docs.length) {
      const pre = await req.payload.findByID({ collection: 'courses', id: idOf(course.prerequisite), depth: 0, req, overrideAccess: true, disableErrors: true })
      throw conflict(`You must complete the prerequisite course "${pre?.title ?? idOf(course.prerequisite)}" first.`, { prerequisite: idOf(course.prerequisite) })
    }
  }
  const paid = (course.price ?? 0) > 0
  const target: EnrollmentStatus = paid ? 'pending_payment' : 'active'
  const existing = await req.payload.find({
    collection: 'enrollments', where: { and: [{ user: { equals: user.id } }, { course: { equals: course.id } }] }, limit: 1, depth: 0, req, overrideAccess: true,
  })
  let enrollment
  if (existing.docs.length) {
    const e = existing.docs[0]
    if (e.status === 'pending_payment') throw conflict('You are already enrolled in this course; the enrollment is waiting for payment.', { enrollment: e.id })
    if (e.status !== 'cancelled') throw conflict('You are already enrolled in this course.', { enrollment: e.id })
    const reason = enrollmentTransitionError(e.status, target, 'learner')
    if (reason) throw conflict(reason)
    const moved = await rows(req, sql`UPDATE enrollments SET status = ${target}, enrolled_at = now(), updated_at = now() WHERE id = ${e.id} AND status = 'cancelled' RETURNING id`)
    if (!moved.length) throw conflict('You are already enrolled in this course.')
    enrollment = await req.payload.findByID({ collection: 'enrollments', id: e.id, depth: 0, req, overrideAccess: true })
  } else {
    // the unique (user, course) index settles concurrent double clicks: one row, the other gets 409
    const ins = await rows<{ id: number }>(
      req,
      sql`INSERT INTO enrollments (user_id, course_id, status, enrolled_at, progress_percentage, price_paid, currency, created_at, updated_at)
          VALUES (${idOf(user.id)}, ${idOf(course.id)}, ${target}, now(), 0, ${course.price ?? 0}, ${course.currency ?? 'XOF'}, now(), now())
          ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id`,
    )
    if (!ins.length) throw conflict('You are already enrolled in this course.')
    enrollment = await req.payload.findByID({ collection: 'enrollments', id: ins[0].id, depth: 0, req, overrideAccess: true })
  }
  if (target === 'active') await bumpEnrollmentCount(req, course.id)
  return { enrollment, paymentRequired: paid, course }
}

async function bumpEnrollmentCount(req: PayloadRequest, courseId: Id) {
  await rows(req, sql`UPDATE courses SET enrollment_count = COALESCE(enrollment_count, 0) + 1 WHERE id = ${idOf(courseId)}`)
  // drafts: Payload rebuilds the document from its latest version on save, so the versions carry the counter too
  await rows(req, sql`UPDATE _courses_v SET version_enrollment_count = COALESCE(version_enrollment_count, 0) + 1 WHERE parent_id = ${idOf(courseId)}`)
}

async function move(req: PayloadRequest, enrollmentId: Id, to: EnrollmentStatus, actor: Actor) {
  const e = await req.payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!e) throw notFound('Enrollment not found.')
  if (e.status === to) return { enrollment: e, changed: false }
  const reason = enrollmentTransitionError(e.status, to, actor)
  if (reason) throw conflict(reason)
  const moved = await rows(req, sql`UPDATE enrollments SET status = ${to}, updated_at = now() WHERE id = ${e.id} AND status = ${e.status} RETURNING id`)
  const fresh = await req.payload.findByID({ collection: 'enrollments', id: e.id, depth: 0, req, overrideAccess: true })
  return { enrollment: fresh, changed: moved.length === 1 }
}

/** Called by the payments plugin when the payment of a paid enrollment succeeded. Idempotent. */
export async function activatePaidEnrollment(req: PayloadRequest, enrollmentId: Id) {
  const r = await move(req, enrollmentId, 'active', 'payments')
  if (r.changed) await bumpEnrollmentCount(req, idOf(r.enrollment.course))
  return r.enrollment
}

/** Called by the payments plugin when the payment failed or was abandoned. Idempotent. */
export async function cancelPendingEnrollment(req: PayloadRequest, enrollmentId: Id) {
  const e = await req.payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (e?.status === 'cancelled') return e
  return (await move(req, enrollmentId, 'cancelled', 'payments')).enrollment
}

/** The learner's enrollment in a course that lets them learn (active or completed), else 403/409. */
export async function requireLearningEnrollment(req: PayloadRequest, courseId: Id) {
  const user = req.user!
  const found = await req.payload.find({
    collection: 'enrollments', where: { and: [{ user: { equals: user.id } }, { course: { equals: courseId } }] }, limit: 1, depth: 0, req, overrideAccess: false, user,
  })
  const e = found.docs[0]
  if (!e || e.status === 'cancelled') {
    if (userIsAdmin(user)) throw forbidden('Admins preview content in the admin; enroll to record progress.')
    throw forbidden('You are not enrolled in this course.')
  }
  if (e.status === 'pending_payment') throw conflict('Your enrollment is waiting for payment.')
  return e
}

/** A learner rates a course they follow (1-5, once per enrollment, can be changed); the course average is recomputed. */
export async function rateCourse(req: PayloadRequest, courseId: Id, stars: number) {
  const e = await requireLearningEnrollment(req, courseId)
  await rows(req, sql`UPDATE enrollments SET rating = ${stars}, updated_at = now() WHERE id = ${e.id}`)
  const [avg] = await rows<{ avg: null | string; n: string }>(
    req,
    sql`UPDATE courses SET rating = sub.avg FROM (SELECT ROUND(AVG(rating)::numeric, 2) AS avg, COUNT(*) AS n FROM enrollments WHERE course_id = ${idOf(courseId)} AND rating IS NOT NULL) sub
        WHERE courses.id = ${idOf(courseId)} RETURNING sub.avg, sub.n`,
  )
  await rows(req, sql`UPDATE _courses_v SET version_rating = ${avg?.avg ?? 0} WHERE parent_id = ${idOf(courseId)}`)
  return { rating: stars, courseRating: Number(avg?.avg ?? 0), ratings: Number(avg?.n ?? 0) }
}
