import { describe, expect, it } from 'vitest'

import { checkMove, CLASS_MOVES, TRAINING_MOVES } from './transitions'

describe('class and training transition tables', () => {
  it('lets the instructor publish and cancel a class, not a stranger', () => {
    expect(checkMove(CLASS_MOVES, 'class', 'draft', 'published', ['instructor']).ok).toBe(true)
    expect(checkMove(CLASS_MOVES, 'class', 'published', 'cancelled', ['admin']).ok).toBe(true)
    expect(checkMove(CLASS_MOVES, 'class', 'draft', 'published', [])).toMatchObject({ ok: false, message: /Only the instructor or admin/ })
  })
  it('keeps final states final and names the allowed moves', () => {
    expect(checkMove(CLASS_MOVES, 'class', 'cancelled', 'published', ['admin'])).toMatchObject({ ok: false, message: /is final/ })
    expect(checkMove(CLASS_MOVES, 'class', 'draft', 'completed', ['admin'])).toMatchObject({ ok: false, message: /can become: published, cancelled/ })
  })
  it('confirms a training only through the server', () => {
    expect(checkMove(TRAINING_MOVES, 'training', 'pending', 'confirmed', ['organizer', 'admin'])).toMatchObject({ ok: false, message: /by itself/ })
    expect(checkMove(TRAINING_MOVES, 'training', 'pending', 'confirmed', ['system']).ok).toBe(true)
    expect(checkMove(TRAINING_MOVES, 'training', '', 'confirmed', ['organizer'])).toMatchObject({ ok: false, message: /must start as pending/ })
  })
})
