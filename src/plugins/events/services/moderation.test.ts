import { describe, expect, it } from 'vitest'

import { checkModeration, EVENT_STATUSES, MODERATION } from './moderation'

describe('event moderation table', () => {
  it('names only known statuses', () => {
    for (const s of EVENT_STATUSES) for (const to of Object.keys(MODERATION[s])) expect(EVENT_STATUSES).toContain(to)
  })
  it('organizers submit, moderators decide, a rejection needs a reason', () => {
    expect(checkModeration('draft', 'pending_review', ['organizer'])).toEqual({ ok: true })
    expect(checkModeration('pending_review', 'published', ['organizer'])).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('admin or editor') })
    expect(checkModeration('pending_review', 'published', ['editor'])).toEqual({ ok: true })
    expect(checkModeration('pending_review', 'rejected', ['admin'])).toMatchObject({ ok: false, status: 422 })
    expect(checkModeration('pending_review', 'rejected', ['admin'], 'no venue')).toEqual({ ok: true })
    expect(checkModeration('draft', 'published', ['admin'])).toMatchObject({ ok: false, status: 409 })
    expect(checkModeration('cancelled', 'published', ['admin'])).toMatchObject({ ok: false, message: expect.stringContaining('final') })
  })
})
