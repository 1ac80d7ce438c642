import { describe, expect, it } from 'vitest'

import { checkCareMove } from './transitions'

const future = new Date(Date.now() + 86_400_000)
const past = new Date(Date.now() - 3_600_000)

describe('care booking transitions', () => {
  it('lets the practitioner confirm and complete, not the client', () => {
    expect(checkCareMove('pending', 'confirmed', ['practitioner']).ok).toBe(true)
    expect(checkCareMove('pending', 'confirmed', ['client'])).toMatchObject({ ok: false, message: /Only the practitioner or admin/ })
    expect(checkCareMove('confirmed', 'completed', ['practitioner'], past).ok).toBe(true)
    expect(checkCareMove('confirmed', 'completed', ['practitioner'], future)).toMatchObject({ ok: false, message: /cannot be completed before/ })
  })
  it('lets the client cancel only before the start', () => {
    expect(checkCareMove('confirmed', 'cancelled', ['client'], future).ok).toBe(true)
    expect(checkCareMove('confirmed', 'cancelled', ['client'], past)).toMatchObject({ ok: false, message: /started/ })
    expect(checkCareMove('confirmed', 'cancelled', ['practitioner'], past).ok).toBe(true)
  })
  it('keeps payment moves for the server and final states final', () => {
    expect(checkCareMove('pending_payment', 'pending', ['client', 'admin'])).toMatchObject({ ok: false, message: /by itself/ })
    expect(checkCareMove('cancelled', 'confirmed', ['admin'])).toMatchObject({ ok: false, message: /final/ })
  })
})
