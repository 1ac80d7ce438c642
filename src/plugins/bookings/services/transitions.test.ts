import { describe, expect, it } from 'vitest'

import { ACTIVE, checkTransition, HOLDS_PLACE, REGISTRATION_STATUSES, TRANSITIONS } from './transitions'

describe('registration transitions', () => {
  it('covers every status and names only known targets', () => {
    for (const s of REGISTRATION_STATUSES) {
      expect(TRANSITIONS[s]).toBeDefined()
      for (const to of Object.keys(TRANSITIONS[s])) expect(REGISTRATION_STATUSES).toContain(to)
    }
  })
  it('allows the documented paths and refuses the rest with a reason', () => {
    expect(checkTransition('pending_payment', 'confirmed', ['system'])).toEqual({ ok: true })
    expect(checkTransition('confirmed', 'checked_in', ['staff'])).toEqual({ ok: true })
    expect(checkTransition('waitlisted', 'offered', ['system'])).toEqual({ ok: true })
    expect(checkTransition('offered', 'expired', ['system'])).toEqual({ ok: true })
    const again = checkTransition('checked_in', 'checked_in', ['staff'])
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining('already') })
    expect(checkTransition('cancelled', 'confirmed', ['admin'])).toMatchObject({ ok: false, message: expect.stringContaining('final') })
    // an attendee cannot confirm their own unpaid registration, nor check themself in
    expect(checkTransition('pending_payment', 'confirmed', ['attendee'])).toMatchObject({ ok: false })
    expect(checkTransition('confirmed', 'checked_in', ['attendee'])).toMatchObject({ ok: false, message: expect.stringContaining('staff') })
  })
  it('waitlisted registrations are active but hold no place', () => {
    expect(ACTIVE).toContain('waitlisted')
    expect(HOLDS_PLACE).not.toContain('waitlisted')
    expect(HOLDS_PLACE).toContain('offered')
  })
})
