import { describe, expect, it } from 'vitest'

import { CLAIMABLE, checkTransition, POST_STATUSES, TRANSITIONS } from './transitions'

describe('post transitions', () => {
  it('covers every status and names only known statuses', () => {
    for (const from of POST_STATUSES) for (const to of Object.keys(TRANSITIONS[from])) expect(POST_STATUSES).toContain(to)
  })
  it('lets the job claim scheduled and retry posts only', () => expect(CLAIMABLE.sort()).toEqual(['retry', 'scheduled']))
  it('refuses moves outside the table with a reason', () => {
    expect(checkTransition('published', 'scheduled', ['admin'])).toMatchObject({ ok: false, message: expect.stringMatching(/final/) })
    expect(checkTransition('scheduled', 'published', ['owner'])).toMatchObject({ ok: false, message: expect.stringMatching(/cannot become published/) })
    expect(checkTransition('publishing', 'published', ['owner'])).toMatchObject({ ok: false, message: expect.stringMatching(/publishing job/) })
    expect(checkTransition('scheduled', 'cancelled', ['owner'])).toEqual({ ok: true })
  })
})
