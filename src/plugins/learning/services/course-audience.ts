/**
 * A course's learners as a broadcast audience of `messages` (notifications plugin): instructors
 * write to the learners of their own courses, admins to any course. A learner reads what was sent
 * to the courses they are (or were, once completed) enrolled in, including what was sent before
 * they enrolled, like a course's announcements; the course's instructor reads them too.
 */
import type { PayloadRequest } from 'payload'

import type { MessageAudience } from '../../notifications'

import { userIsAdmin } from '../../../access'
import { badRequest, forbidden } from '../../../endpoints/http'
import { l } from '../labels'

type Id = number | string

const READING_STATUSES = ['active', 'completed']

export const courseAudience: MessageAudience = {
  field: {
    name: 'audienceCourses',
    type: 'relationship',
    relationTo: 'courses',
    label: l('Audience: learners of the courses', 'Audience : apprenants des cours'),
  },

  async memberOf(req: PayloadRequest, user) {
    const enrolled = await req.payload.find({
      collection: 'enrollments',
      where: { and: [{ user: { equals: user.id } }, { status: { in: READING_STATUSES } }] },
      select: { course: true },
      depth: 0,
      pagination: false,
      req,
    })
    const taught = await req.payload.find({ collection: 'courses', where: { instructor: { equals: user.id } }, select: { title: true }, depth: 0, pagination: false, req })
    return [...new Set<Id>([...enrolled.docs.map((e) => e.course as Id), ...taught.docs.map((c) => c.id)])]
  },

  async refusal(req: PayloadRequest, sender, ids) {
    const courses = await req.payload.find({ collection: 'courses', where: { id: { in: ids } }, select: { title: true, instructor: true }, depth: 0, pagination: false, req })
    const unknown = ids.filter((id) => !courses.docs.some((c) => String(c.id) === String(id)))
    if (unknown.length) return badRequest(`audienceCourses: unknown course ${unknown.join(', ')}.`)
    if (userIsAdmin(sender)) return null
    const foreign = courses.docs.find((c) => String(c.instructor) !== String(sender.id))
    return foreign ? forbidden(`You can only write to the learners of your own courses ("${foreign.title}" is not yours).`) : null
  },
}
