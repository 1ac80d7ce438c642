import type { Endpoint } from 'payload'

import { z } from 'zod'

import { SELF_REGISTRATION_ROLES } from '../../../access/roles'
import { json, parseBody } from '../../../endpoints/http'
import { validatePhoneE164 } from '../../../lib/validators'

const RegisterBody = z
  .object({
    email: z.string().email('must be a valid e-mail address').max(254),
    password: z.string().min(8, 'must have at least 8 characters').max(256),
    firstName: z.string().trim().min(1).max(100).optional(),
    lastName: z.string().trim().min(1).max(100).optional(),
    phone: z
      .string()
      .optional()
      .refine((v) => validatePhoneE164(v) === true, 'must be a valid E.164 phone number, e.g. +22507080910'),
    preferredLocale: z.enum(['fr', 'en']).optional(),
  })
  .strict()

/**
 * POST /api/users/register — public self-registration. Always creates a participant/student/customer
 * (roles in the body are refused by `.strict()`), and Payload sends the verification e-mail.
 */
export const registerEndpoint: Endpoint = {
  path: '/register',
  method: 'post',
  handler: async (req) => {
    const body = await parseBody(req, RegisterBody)
    const user = await req.payload.create({
      collection: 'users',
      data: { ...body, email: body.email.toLowerCase(), roles: SELF_REGISTRATION_ROLES, active: true },
      overrideAccess: true,
      req,
    })
    return json(
      {
        message: 'Account created. Check your e-mail to verify your address before logging in.',
        user: { id: user.id, email: user.email },
      },
      201,
    )
  },
}
