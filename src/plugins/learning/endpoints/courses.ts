import type { Endpoint } from 'payload'

import { z } from 'zod'

import { badRequest, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
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

export const courseEndpoints: Endpoint[] = [
  {
    path: '/:id/enroll',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const choice = await parseBody(req, EnrollBody)
      const r = await enroll(req, idParam(req))
      if (r.paymentRequired) {
        // paid course: the enrollment becomes active once the payment is paid
        const payment = await payForEnrollment(req, r.enrollment, r.course, choice)
        return json({ enrollment: r.enrollment, payment, message: 'Payment required: the enrollment is activated once paid.' }, 202)
      }
      return json({ enrollment: r.enrollment }, 201)
    },
  },
  {
    path: '/:id/rating',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, z.object({ stars: z.number().int().min(1).max(5) }).strict())
      return json(await rateCourse(req, idParam(req), body.stars))
    },
  },
  {
    path: '/:id/stats',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return json(await courseStats(req, idParam(req)))
    },
  },
]

/** `:id` as a positive integer, else 400 (never a database error). */
export function idParam(req: Parameters<Endpoint['handler']>[0], name = 'id'): number {
  const raw = routeParam(req, name)
  if (!/^\d{1,12}$/.test(raw)) throw badRequest(`${name}: must be a numeric id.`)
  return Number(raw)
}
