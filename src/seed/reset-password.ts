/**
 * Sets a new password on an account from the command line (`npm run reset-admin-password`): the
 * seeded admin's generated password is shown only once, on the first start.
 */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { env } from '../lib/env'

export const adminEmail = (): string => (env.str('SEED_ADMIN_EMAIL', 'admin@vibe.local') as string).toLowerCase()

export const RESET_COMMAND = 'npm run reset-admin-password'

/** The line a start on an already seeded database prints. */
export const resetReminder = (email = adminEmail()) =>
  `Demo data was seeded on the first start (its passwords were shown then). Forgot the admin password of ${email}? ` +
  `\`${RESET_COMMAND}\` sets a new one and prints it (\`${RESET_COMMAND} -- other@example.com\` for another account).`

/** Sets `password` (or a generated one) on the account, unlocks it, and returns the password. */
export async function resetPassword(payload: Payload, email: string, password = randomBytes(12).toString('base64url')): Promise<string> {
  if (password.length < 8) throw new Error('The new password must have at least 8 characters.')
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  const user = docs[0]
  if (!user) throw new Error(`No account has the e-mail address ${email}.`)
  await payload.update({ collection: 'users', id: user.id, data: { password } as never, overrideAccess: true })
  await payload.unlock({ collection: 'users', data: { email: user.email } as never, overrideAccess: true })
  return password
}
