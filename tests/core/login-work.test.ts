/**
 * Login does the same password-hashing work whether the e-mail has an account or not, so that its
 * duration does not tell which addresses are registered. Asserted on the work done (PBKDF2 calls
 * with Payload's parameters), not on wall-clock time; `npm run bench:login` measures the times.
 */
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { PASSWORD, createUser } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  pbkdf2.mockRestore()
  await t?.close()
})

/** The password hashes (PBKDF2 calls: iterations, key length, digest) made while logging in. */
async function loginWork(email: string, password: string) {
  pbkdf2.mockClear()
  const res = await t.api.post('/api/users/login', { email, password })
  const hashes = pbkdf2.mock.calls.filter((call) => call[0] === password).map((call) => [call[2], call[3], call[4]])
  return { status: res.status, message: res.body?.errors?.[0]?.message as string | undefined, hashes }
}

const PAYLOAD_HASH = [[25_000, 512, 'sha256']]

describe('login work does not depend on whether the account exists', () => {
  it('hashes the password exactly once, with Payload’s parameters, on every path', async () => {
    const known = await createUser(t.payload)
    const unverified = await createUser(t.payload, { _verified: false })
    const inactive = await createUser(t.payload, { active: false })
    const locked = await createUser(t.payload)
    await t.payload.db.updateOne({ collection: 'users', id: locked.id, data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 5 }, returning: false })

    const ok = await loginWork(known.email, PASSWORD)
    expect(ok.status).toBe(200)
    expect(ok.hashes).toEqual(PAYLOAD_HASH)

    const cases = {
      'wrong password': await loginWork(known.email, 'not-the-password'),
      'unknown e-mail': await loginWork('nobody-here@test.local', 'not-the-password'),
      'unknown e-mail, other case': await loginWork('NoBody-Else@Test.local', 'not-the-password'),
      locked: await loginWork(locked.email, PASSWORD),
      unverified: await loginWork(unverified.email, PASSWORD),
      deactivated: await loginWork(inactive.email, PASSWORD),
    }
    for (const [name, work] of Object.entries(cases)) {
      expect(work.status, name).toBeGreaterThanOrEqual(400)
      expect(work.hashes, name).toEqual(PAYLOAD_HASH)
    }
    // and the answer itself does not tell an unknown address from a wrong password
    expect(cases['unknown e-mail'].status).toBe(cases['wrong password'].status)
    expect(cases['unknown e-mail'].message).toBe(cases['wrong password'].message)
  })

  it('a request missing the password is refused before any account is looked at (no hashing)', async () => {
    const res = await loginWork('nobody-here@test.local', '')
    expect(res.status).toBe(400)
    expect(res.hashes).toEqual([])
  })
})
