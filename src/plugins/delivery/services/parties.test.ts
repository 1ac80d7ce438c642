import { describe, expect, it } from 'vitest'

import { noteFieldFor } from './parties'

describe('order notes', () => {
  it('the restaurant writes restaurantNotes, the driver driverNotes, nobody else any', () => {
    expect(noteFieldFor({ owner: true, driver: false })).toBe('restaurantNotes')
    expect(noteFieldFor({ owner: false, driver: true })).toBe('driverNotes')
    expect(noteFieldFor({ owner: false, driver: false })).toBeNull()
  })
})
