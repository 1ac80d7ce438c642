/**
 * Access rules of the learning plugin. Instructors own courses through `courses.instructor` and
 * everything under a course (modules, lessons, quizzes, questions) through its `course` field.
 */
import type { Access, CollectionBeforeChangeHook, Where } from 'payload'

import { Forbidden } from 'payload'

import { userHasRole, userIsAdmin } from '../../access'

export const isInstructor = (user: unknown) => userHasRole(user as never, 'instructor')

/** Admins: everything; instructors: documents of their own courses; others: nothing. */
export const ownCourseContent =
  (coursePath = 'course.instructor'): Access =>
  ({ req }) => {
    if (userIsAdmin(req.user)) return true
    if (req.user && isInstructor(req.user)) return { [coursePath]: { equals: req.user.id } }
    return false
  }

/** Published for everyone, plus an instructor's own drafts, plus everything for admins. */
export const readPublishedOrOwn =
  (published: Where, coursePath: string): Access =>
  ({ req }) => {
    if (userIsAdmin(req.user)) return true
    if (req.user && isInstructor(req.user)) return { or: [published, { [coursePath]: { equals: req.user.id } }] }
    return published
  }

export const canAuthor: Access = ({ req }) => userIsAdmin(req.user) || isInstructor(req.user)

const relId = (v: unknown): number | string | undefined =>
  v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string | undefined)

/**
 * Refuses to attach a document to a course the instructor does not own (on create, and on update
 * when the course changes). Admins and server-side calls without a user pass.
 */
export const assertOwnsParentCourse: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || userIsAdmin(req.user)) return data
  const courseId = relId(data.course) ?? relId(originalDoc?.course)
  if (!courseId) return data
  const course = await req.payload.findByID({ collection: 'courses', id: courseId, depth: 0, draft: true, req, overrideAccess: true, disableErrors: true })
  if (!course || relId(course.instructor) !== req.user.id) {
    throw new Forbidden(req.t)
  }
  return data
}

export { relId }
