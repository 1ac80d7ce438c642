import { describe, expect, it } from 'vitest'

import { checkTransition, IMAGE_STATUSES, reasonRequired, TRANSITIONS } from './transitions'

describe('generated image transitions', () => {
  it('lets editors and admins review a generated image, nobody else', () => {
    expect(checkTransition('generated', 'approved', ['editor'])).toEqual({ ok: true })
    expect(checkTransition('generated', 'rejected', ['admin'])).toEqual({ ok: true })
    const marketer = checkTransition('generated', 'approved', [])
    expect(marketer.ok).toBe(false)
    if (!marketer.ok) expect(marketer.message).toMatch(/Only editor or admin/)
  })

  it('keeps generation moves to the job and refuses moves out of final states with a reason', () => {
    const r = checkTransition('pending', 'generated', ['system'])
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/pending cannot become generated; it can become: generating, failed/)
    const e = checkTransition('generating', 'generated', ['admin'])
    if (!e.ok) expect(e.message).toMatch(/only by its generation job/)
    else expect.fail('an admin must not finish a generation by hand')
    for (const s of ['approved', 'rejected', 'failed'] as const) {
      const f = checkTransition(s, 'generated', ['system', 'admin'])
      if (!f.ok) expect(f.message).toMatch(/final/)
      else expect.fail(`${s} must be final`)
    }
    expect(checkTransition('approved', 'approved', ['admin']).ok).toBe(false)
  })

  it('names every status in the table and asks a reason for rejections only', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...IMAGE_STATUSES].sort())
    expect(reasonRequired('generated', 'rejected')).toBe(true)
    expect(reasonRequired('generated', 'approved')).toBe(false)
  })
})
