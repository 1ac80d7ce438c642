import { describe, expect, it } from 'vitest'

import { LIVE_STATUSES, SUBSCRIPTION_STATUSES, TRANSITIONS, transitionError } from './transitions'

describe('subscription transitions (one table)', () => {
  it('allows the documented moves to the documented actors only', () => {
    expect(transitionError('pending_payment', 'active', 'system')).toBeNull()
    expect(transitionError('pending_payment', 'active', 'owner')).toMatch(/only by itself/)
    expect(transitionError('active', 'cancelling', 'owner')).toBeNull()
    expect(transitionError('active', 'past_due', 'system')).toBeNull()
    expect(transitionError('active', 'past_due', 'admin')).toMatch(/only by itself/)
    expect(transitionError('past_due', 'expired', 'system')).toBeNull()
    expect(transitionError('cancelling', 'expired', 'system')).toBeNull()
    expect(transitionError('cancelling', 'active', 'owner')).toBeNull()
    expect(transitionError('active', 'cancelled', 'admin')).toBeNull()
    expect(transitionError('active', 'cancelled', 'owner')).toBe('Only an admin may move a subscription from active to cancelled.')
  })

  it('refuses moves out of final states and unknown moves with a reason', () => {
    expect(transitionError('expired', 'active', 'admin')).toBe('A expired subscription is final and cannot change any more.')
    expect(transitionError('cancelled', 'active', 'system')).toMatch(/final/)
    expect(transitionError('pending_payment', 'expired', 'system')).toBe('A pending_payment subscription cannot become expired; it can become: active, cancelled.')
    expect(transitionError('active', 'active', 'system')).toBe('The subscription is already active.')
  })

  it('every target is a known status; final states are exactly the non-live ones', () => {
    for (const [from, moves] of Object.entries(TRANSITIONS)) {
      expect(SUBSCRIPTION_STATUSES).toContain(from)
      for (const to of Object.keys(moves)) expect(SUBSCRIPTION_STATUSES).toContain(to)
    }
    const final = SUBSCRIPTION_STATUSES.filter((s) => Object.keys(TRANSITIONS[s]).length === 0)
    expect([...final].sort()).toEqual(SUBSCRIPTION_STATUSES.filter((s) => !LIVE_STATUSES.includes(s)).sort())
  })
})
