/**
 * Self-registration that does not reveal which addresses have an account: a known address gets the
 * same answer as a new one, and its owner gets an e-mail ("someone tried to register with your
 * address; if it was you, reset your password") instead of a second account.
 */
import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { SELF_REGISTRATION_ROLES } from '../../../access/roles'
import { alreadyRegisteredEmail } from '../emails'
import { dummyPasswordCheck } from '../hooks/equalize-login-work'

export type RegistrationInput = {
  email: string
  password: string
  firstName?: string
  lastName?: string
  phone?: string
  preferredLocale?: 'en' | 'fr'
}

/** What happened; the endpoint answers the same either way, tests and logs may tell them apart. */
export type RegistrationOutcome = 'created' | 'already-registered'

type Owner = { email: string; firstName?: null | string; preferredLocale?: null | string }

const findOwner = (req: PayloadRequest, email: string) =>
  req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } }) as Promise<Owner | null>

/** A create refused by the unique index on e-mail (two registrations of one new address at once). */
export const isDuplicateEmail = (err: unknown): boolean =>
  err instanceof ValidationError && (err.data?.errors ?? []).some((e) => e.path === 'email')

async function tellOwner(req: PayloadRequest, owner: Owner, password: string): Promise<RegistrationOutcome> {
  // the new-account path hashes the password: do the same work so both take as long
  await dummyPasswordCheck(password)
  await req.payload.sendEmail({ to: owner.email, subject: alreadyRegisteredEmail.subject(owner), html: alreadyRegisteredEmail.html(owner) })
  return 'already-registered'
}

export async function registerAccount(req: PayloadRequest, input: RegistrationInput): Promise<RegistrationOutcome> {
  const email = input.email.toLowerCase()
  const owner = await findOwner(req, email)
  if (owner) return tellOwner(req, owner, input.password)
  try {
    await req.payload.create({
      collection: 'users',
      data: { ...input, email, roles: SELF_REGISTRATION_ROLES, active: true },
      overrideAccess: true,
      req,
    })
    return 'created'
  } catch (err) {
    if (!isDuplicateEmail(err)) throw err
    const winner = await findOwner(req, email)
    if (!winner) throw err
    return tellOwner(req, winner, input.password)
  }
}
