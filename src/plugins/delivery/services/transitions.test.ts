import { describe, expect, it } from 'vitest'

import { checkTransition, reasonRequired, TRANSITIONS } from './transitions'

describe('order workflow table', () => {
  it('follows the seed: pending → confirmed → preparing → ready → picked_up → delivered', () => {
    expect(checkTransition('pending', 'confirmed', ['owner']).ok).toBe(true)
    expect(checkTransition('confirmed', 'preparing', ['owner']).ok).toBe(true)
    expect(checkTransition('preparing', 'ready', ['owner']).ok).toBe(true)
    expect(checkTransition('ready', 'picked_up', ['driver']).ok).toBe(true)
    expect(checkTransition('picked_up', 'delivered', ['driver']).ok).toBe(true)
  })
  it('cancels from any state before delivered; customers only while pending; drivers never', () => {
    for (const from of ['pending', 'confirmed', 'preparing', 'ready', 'picked_up'] as const) expect(checkTransition(from, 'cancelled', ['owner']).ok).toBe(true)
    expect(checkTransition('picked_up', 'cancelled', ['admin']).ok).toBe(true)
    expect(checkTransition('picked_up', 'cancelled', ['driver'])).toMatchObject({ ok: false, status: 409 })
    expect(checkTransition('picked_up', 'cancelled', ['customer'])).toMatchObject({ ok: false, status: 409 })
    expect(checkTransition('ready', 'cancelled', ['driver'])).toMatchObject({ ok: false, status: 409 })
    expect(checkTransition('pending', 'cancelled', ['customer']).ok).toBe(true)
    expect(checkTransition('confirmed', 'cancelled', ['customer'])).toMatchObject({ ok: false, status: 409 })
  })
  it('asks for a reason only to cancel an order that was picked up', () => {
    expect(reasonRequired('picked_up', 'cancelled')).toBe(true)
    expect(reasonRequired('ready', 'cancelled')).toBe(false)
    expect(reasonRequired('picked_up', 'delivered')).toBe(false)
  })
  it('refuses skipped steps and the wrong actor with a reason', () => {
    const skip = checkTransition('pending', 'ready', ['owner'])
    expect(skip).toMatchObject({ ok: false, status: 409 })
    expect(!skip.ok && skip.message).toMatch(/cannot become ready/)
    const who = checkTransition('ready', 'picked_up', ['owner'])
    expect(!who.ok && who.message).toMatch(/Only driver or admin/)
    expect(checkTransition('delivered', 'cancelled', ['admin'])).toMatchObject({ ok: false })
    expect(Object.keys(TRANSITIONS.delivered)).toEqual([])
  })
})
