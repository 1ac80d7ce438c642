import { describe, expect, it } from 'vitest'

import { availabilityRefusal } from './availability'

describe("a driver's own availability", () => {
  it('is never set to busy by the driver', () => {
    expect(availabilityRefusal('available', 'busy', null)).toMatch(/set by the server/)
    expect(availabilityRefusal(undefined, 'busy', null)).toMatch(/set by the server/)
  })
  it('cannot leave busy while an order is carried, names the order', () => {
    expect(availabilityRefusal('busy', 'available', { order_number: '00000042' })).toMatch(/carrying order 00000042/)
    expect(availabilityRefusal('busy', 'offline', { order_number: '00000042' })).toMatch(/carrying order/)
  })
  it('is free otherwise', () => {
    expect(availabilityRefusal('busy', 'available', null)).toBeNull()
    expect(availabilityRefusal('offline', 'available', null)).toBeNull()
    expect(availabilityRefusal('available', 'available', { order_number: '1' })).toBeNull()
  })
})
