/** Test data made through the Local API (trusted), so that tests exercise HTTP only for what they check. */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Role } from '../../src/access/roles'
import type { ApiClient, Auth } from './client'

export const PASSWORD = 'correct-horse-battery'

export async function createUser(
  payload: Payload,
  { roles = ['participant'], email, ...rest }: { roles?: Role[]; email?: string } & Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'users',
    data: {
      email: email ?? `${roles[0]}-${randomBytes(4).toString('hex')}@test.local`,
      password: PASSWORD,
      roles,
      _verified: true,
      active: true,
      ...rest,
    } as never,
    disableVerificationEmail: true,
    overrideAccess: true,
  })
}

/** Creates a verified user with the given roles and logs them in over HTTP. */
export async function userSession(payload: Payload, api: ApiClient, roles: Role[] = ['participant'], extra: Record<string, unknown> = {}) {
  const user = await createUser(payload, { roles, ...extra })
  const auth: Auth = await api.login(user.email, PASSWORD)
  return { user, auth }
}

/** A small valid PNG made with sharp. */
export async function pngBytes(width = 64, height = 64): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp')
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer()
  return new Uint8Array(buffer)
}
