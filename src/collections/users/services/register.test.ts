import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { isDuplicateEmail, registerAccount } from './register'

const owner = { id: 7, email: 'owner@test.local', preferredLocale: 'en' }

/** A request whose Local API answers from the given script (no database). */
function fakeReq({ found, create }: { found: (null | typeof owner)[]; create?: () => Promise<unknown> }) {
  const findOne = vi.fn(async () => found.shift() ?? null)
  const sendEmail = vi.fn(async () => undefined)
  const createFn = vi.fn(create ?? (async () => ({ id: 1 })))
  const req = { payload: { db: { findOne }, sendEmail, create: createFn } } as unknown as PayloadRequest
  return { req, findOne, sendEmail, create: createFn }
}

const duplicate = () => new ValidationError({ collection: 'users', errors: [{ message: 'Value must be unique', path: 'email' }] })

describe('registerAccount', () => {
  it('creates a self-registered account for a new address', async () => {
    const { req, create, sendEmail } = fakeReq({ found: [null] })
    expect(await registerAccount(req, { email: 'New@Test.local', password: 'a-long-password' })).toBe('created')
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ collection: 'users', req, data: expect.objectContaining({ email: 'new@test.local', active: true, roles: ['participant', 'student', 'customer'] }) }),
    )
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('e-mails the owner of a known address and creates nothing', async () => {
    const { req, create, sendEmail } = fakeReq({ found: [owner] })
    expect(await registerAccount(req, { email: 'OWNER@test.local', password: 'a-long-password' })).toBe('already-registered')
    expect(create).not.toHaveBeenCalled()
    expect(sendEmail).toHaveBeenCalledWith(expect.objectContaining({ to: 'owner@test.local', subject: 'Someone tried to register with your address' }))
  })

  it('treats losing a race on the unique e-mail (the address was free when looked up) as a known address', async () => {
    const { req, sendEmail, findOne } = fakeReq({ found: [null, owner], create: async () => Promise.reject(duplicate()) })
    expect(await registerAccount(req, { email: 'owner@test.local', password: 'a-long-password' })).toBe('already-registered')
    expect(findOne).toHaveBeenCalledTimes(2)
    expect(sendEmail).toHaveBeenCalledWith(expect.objectContaining({ to: 'owner@test.local' }))
  })

  it('lets any other failure through', async () => {
    const other = new ValidationError({ collection: 'users', errors: [{ message: 'bad', path: 'phone' }] })
    const { req } = fakeReq({ found: [null], create: async () => Promise.reject(other) })
    await expect(registerAccount(req, { email: 'x@test.local', password: 'a-long-password' })).rejects.toBe(other)
    expect(isDuplicateEmail(new Error('x'))).toBe(false)
    expect(isDuplicateEmail(duplicate())).toBe(true)
  })
})
