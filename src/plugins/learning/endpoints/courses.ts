import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../endpoints/http'
import { payForEnrollment } from '../services/course-payment'
import { enroll, rateCourse } from '../services/enrollment'
import { courseStats } from '../services/stats'

const EnrollBody = z
  .object({
    provider: z.enum(['stripe', 'orange-money', 'mtn-momo', 'moov-money', 'sandbox']).optional(),
    phone: z.string().max(20).optional(),
    returnUrl: z.string().url().optional(),
  })
  .strict()

const RatingBody = z.object({ stars: z.number().int().min(1).max(5) }).strict()

export const courseEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/enroll',
    method: 'post',
    auth: 'user',
    status: 201,
    summary: 'Enroll in a course',
    description: 'A free course answers 201 with the enrollment; a paid one 202 with the payment to complete (the enrollment is activated once paid).',
    body: EnrollBody,
    handler: async (req, { body: choice }) => {
      const r = await enroll(req, idParam(req))
      if (r.paymentRequired) {
        // paid course: the enrollment becomes active once the payment is paid
        const payment = await payForEnrollment(req, r.enrollment, r.course, choice)
        return json({ enrollment: r.enrollment, payment, message: 'Payment required: the enrollment is activated once paid.' }, 202)
      }
      return json({ enrollment: r.enrollment }, 201)
    },
  }),
  defineEndpoint({
    path: '/:id/rating',
    method: 'post',
    auth: 'user',
    summary: 'Rate a course (1 to 5 stars, enrolled learners)',
    body: RatingBody,
    handler: async (req, { body }) => json(await rateCourse(req, idParam(req), body.stars)),
  }),
  defineEndpoint({
    path: '/:id/stats',
    method: 'get',
    auth: 'user',
    summary: "A course's statistics (its instructors and admins)",
    handler: async (req) => json(await courseStats(req, idParam(req))),
  }),
]

/** `:id` as a positive integer, else 400 (never a database error). */
export function idParam(req: Parameters<Endpoint['handler']>[0], name = 'id'): number {
  const raw = routeParam(req, name)
  if (!/^\d{1,12}$/.test(raw)) throw badRequest(`${name}: must be a numeric id.`)
  return Number(raw)
}
