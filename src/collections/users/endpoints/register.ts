import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json } from '../../../endpoints/http'
import { validatePhoneE164 } from '../../../lib/validators'
import { registerAccount } from '../services/register'

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

/** The one answer, whether the address was new or already had an account (no account enumeration). */
export const REGISTERED_MESSAGE = 'Thank you. Check your e-mail to verify your address before logging in.'

/**
 * POST /api/users/register — public self-registration. Always creates a participant/student/customer
 * (roles in the body are refused by `.strict()`), and Payload sends the verification e-mail. An
 * address that already has an account gets the same answer, and its owner an e-mail instead.
 */
export const registerEndpoint = defineEndpoint({
  path: '/register',
  method: 'post',
  auth: 'public',
  status: 201,
  summary: 'Create an account (participant, student and customer); a verification e-mail follows',
  description: 'The same answer whether or not the address already had an account (no account enumeration).',
  body: RegisterBody,
  response: z.object({ message: z.string(), user: z.object({ email: z.string() }) }),
  handler: async (req, { body }) => {
    await registerAccount(req, body)
    return json({ message: REGISTERED_MESSAGE, user: { email: body.email.toLowerCase() } }, 201)
  },
})
