/**
 * Paid content stays paid. A lesson of a paid course (price > 0) shows its outline to everyone who
 * may read the lesson (title, description, order, duration, content type, `isFreePreview`) — like
 * Teachable/Udemy curricula — but its content (`body`, `media`, `contentUrl`) only to active or
 * completed enrollees, the course's instructor and staff (admin, editor). Free-preview lessons and
 * lessons of free courses stay public. Applied as field-level read access, so REST (list, by id,
 * versions), GraphQL and populated relationships all strip the same fields.
 *
 * Lookups run on the request's `req` (its transaction) and are cached per request and per course:
 * a list of N lessons of one course costs one query, not N.
 */
import type { CollectionAfterChangeHook, FieldAccess, PayloadRequest } from 'payload'

import { mediaGrant, setMediaAccess } from '../../../collections/media-access'
import { rows, sql } from '../../../db/transaction'
import { userHasRole } from '../../../access'
import { hasCollection } from '../../../lib/has-collection'
import { isSerialId } from '../../../lib/serial-id'
import { isInstructor, relId } from '../access'
import { idOf } from './db'

export const COURSE_GRANT = 'learning.course'
/** Enrollment statuses that open a paid course's content. */
const LEARNING_STATUSES = new Set(['active', 'completed'])

export const isStaff = (user: unknown) => userHasRole(user as never, 'admin', 'editor')

type CourseAccess = { exists: boolean; paid: boolean; entitled: boolean }

const perRequest = new WeakMap<object, Map<string, Promise<unknown>>>()

/** Memoizes `load` for this request under `key`. */
function once<T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> {
  let m = perRequest.get(req)
  if (!m) perRequest.set(req, (m = new Map()))
  let p = m.get(key) as Promise<T> | undefined
  if (!p) m.set(key, (p = load()))
  return p
}

/** Counts the course lookups made, for the "one query per course per request" test. */
export const lookups = { course: 0 }

/** Whether the course is paid and whether this request's user may learn in it. */
export function courseAccess(req: PayloadRequest, courseId: number): Promise<CourseAccess> {
  const userId = req.user?.collection === 'users' ? idOf(req.user.id) : null
  return once(req, `course:${courseId}`, async () => {
    lookups.course++
    const [row] = await rows<{ instructor_id: null | number; price: null | number; status: null | string }>(
      req,
      sql`SELECT c.price, c.instructor_id,
                 (SELECT e.status FROM enrollments e WHERE e.course_id = c.id AND e.user_id = ${userId} LIMIT 1) AS status
            FROM courses c WHERE c.id = ${courseId}`,
    )
    if (!row) return { exists: false, paid: true, entitled: false }
    const paid = Number(row.price ?? 0) > 0
    const entitled = !paid || (userId !== null && (row.instructor_id === userId || LEARNING_STATUSES.has(String(row.status))))
    return { exists: true, paid, entitled }
  })
}

type LessonLike = { course?: unknown; id?: number | string; isFreePreview?: boolean | null }

/** A lesson's course and preview flag when the read document lacks them (a `select` left them out). */
function lessonGate(req: PayloadRequest, lessonId: number): Promise<null | { course: number; isFreePreview: boolean }> {
  return once(req, `lesson:${lessonId}`, async () => {
    const [row] = await rows<{ course_id: number; is_free_preview: boolean | null }>(req, sql`SELECT course_id, is_free_preview FROM lessons WHERE id = ${lessonId}`)
    return row ? { course: Number(row.course_id), isFreePreview: Boolean(row.is_free_preview) } : null
  })
}

/** May this request read the content of this lesson? */
export async function canReadLessonContent(req: PayloadRequest, lesson: LessonLike | undefined): Promise<boolean> {
  if (isStaff(req.user)) return true
  // asked without a document (permissions, query validation): authors may, others may not
  if (!lesson) return isInstructor(req.user)
  let courseId = relId(lesson.course)
  let preview = lesson.isFreePreview
  if ((courseId === undefined || preview === undefined) && isSerialId(lesson.id)) {
    const gate = await lessonGate(req, Number(lesson.id))
    courseId ??= gate?.course
    preview ??= gate?.isFreePreview
  }
  if (preview) return true
  if (courseId === undefined || courseId === null) return false
  return (await courseAccess(req, idOf(courseId))).entitled
}

/** Field access for a lesson's content fields. */
export const lessonContentAccess: FieldAccess = ({ req, doc }) => canReadLessonContent(req, doc as LessonLike | undefined)

/** Media grant keys (course ids) this user holds: courses they learn in and courses they teach. */
export async function courseGrantsOf(req: PayloadRequest): Promise<string[]> {
  // registered at import: an instance built without the learning plugin grants nothing
  if (req.user?.collection !== 'users' || !hasCollection(req.payload, 'enrollments')) return []
  const userId = idOf(req.user.id)
  const found = await rows<{ id: number }>(
    req,
    sql`SELECT course_id AS id FROM enrollments WHERE user_id = ${userId} AND status IN ('active', 'completed')
        UNION SELECT id FROM courses WHERE instructor_id = ${userId}`,
  )
  return found.map((r) => String(r.id))
}

/** The grant a lesson's attachment needs: the course's when the course is paid and the lesson is no preview. */
async function attachmentGrant(req: PayloadRequest, lesson: LessonLike): Promise<null | string> {
  if (lesson.isFreePreview) return null
  const courseId = relId(lesson.course)
  if (courseId === undefined || courseId === null) return null
  const [row] = await rows<{ price: null | number }>(req, sql`SELECT price FROM courses WHERE id = ${idOf(courseId)}`)
  return Number(row?.price ?? 0) > 0 ? mediaGrant(COURSE_GRANT, idOf(courseId)) : null
}

/** Lesson afterChange: its attachment is private to the course's learners when the lesson is paid content. */
export const syncLessonAttachment: CollectionAfterChangeHook = async ({ doc, req }) => {
  const mediaId = relId(doc.media)
  if (mediaId !== undefined && mediaId !== null) await setMediaAccess(req, mediaId, await attachmentGrant(req, doc))
  return doc
}

/** Course afterChange: a course that becomes paid (or free) re-gates its lessons' attachments. */
export const syncCourseAttachments: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if ((Number(previousDoc?.price ?? 0) > 0) === (Number(doc.price ?? 0) > 0)) return doc
  const lessons = await req.payload.find({
    collection: 'lessons', where: { and: [{ course: { equals: doc.id } }, { media: { exists: true } }] },
    limit: 0, pagination: false, depth: 0, req, overrideAccess: true, select: { course: true, media: true, isFreePreview: true },
  })
  for (const lesson of lessons.docs) {
    const mediaId = relId(lesson.media)
    if (mediaId !== undefined && mediaId !== null) await setMediaAccess(req, mediaId, await attachmentGrant(req, lesson as LessonLike))
  }
  return doc
}
