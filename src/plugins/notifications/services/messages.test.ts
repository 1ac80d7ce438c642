import type { Where } from 'payload'

import { describe, expect, it } from 'vitest'

import { canBroadcast, inboxWhere, messageVisibilityWhere, validateMessage } from './messages'

const student = { id: 1, roles: ['student'] }
const instructor = { id: 2, roles: ['instructor'] }

describe('messages rules', () => {
  it('only admins and instructors broadcast', () => {
    expect(canBroadcast(student)).toBe(false)
    expect(canBroadcast(instructor)).toBe(true)
    expect(canBroadcast({ id: 3, roles: ['admin'] })).toBe(true)
    expect(validateMessage({ kind: 'broadcast', audienceRoles: ['student'] }, student)).toMatch(/Only admins and instructors/)
    expect(validateMessage({ kind: 'broadcast', audienceRoles: ['student'] }, instructor)).toBeNull()
  })
  it('refuses incomplete or mixed messages', () => {
    expect(validateMessage({ kind: 'direct' }, student)).toMatch(/needs a recipient/)
    expect(validateMessage({ kind: 'direct', recipient: 1 }, student)).toMatch(/yourself/)
    expect(validateMessage({ kind: 'direct', recipient: 2, audienceRoles: ['student'] }, student)).toMatch(/not an audience/)
    expect(validateMessage({ kind: 'broadcast' }, instructor)).toMatch(/needs an audience/)
    expect(validateMessage({ kind: 'broadcast', recipient: 1, audienceRoles: ['student'] }, instructor)).toMatch(/not a single recipient/)
    expect(validateMessage({ kind: 'spam', recipient: 1 }, instructor)).toMatch(/Unknown/)
  })
  it('an added audience (a course) counts as an audience, and never goes with a direct message', () => {
    expect(validateMessage({ kind: 'broadcast' }, instructor, true)).toBeNull()
    expect(validateMessage({ kind: 'direct', recipient: 1 }, instructor, true)).toMatch(/not an audience/)
  })
  it('the added audiences’ conditions join what a user reads, except for admins (who read everything)', () => {
    const viaCourse: Where = { and: [{ kind: { equals: 'broadcast' } }, { audienceCourses: { in: [7] } }] }
    expect(JSON.stringify(messageVisibilityWhere(student, [viaCourse]))).toContain('"audienceCourses":{"in":[7]}')
    expect(JSON.stringify(inboxWhere(student, [viaCourse]))).toContain('"audienceCourses":{"in":[7]}')
    expect(messageVisibilityWhere({ id: 9, roles: ['admin'] }, [viaCourse])).toBe(true)
  })
  it('anonymous sees nothing, admins everything, others their own and their roles’ broadcasts', () => {
    expect(messageVisibilityWhere(null)).toBe(false)
    expect(messageVisibilityWhere({ id: 9, roles: ['admin'] })).toBe(true)
    expect(JSON.stringify(messageVisibilityWhere(student))).toContain('"audienceRoles":{"in":["student"]}')
  })
})
