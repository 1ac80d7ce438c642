import { describe, expect, it } from 'vitest'

import { ViewCounter } from './view-counter'

describe('ViewCounter', () => {
  it('batches views: one write per formation per flush, with the exact totals', async () => {
    const writes: [number, number][] = []
    const c = new ViewCounter(async (id, n) => void writes.push([id, n]))
    for (let i = 0; i < 100; i++) c.add(1)
    for (let i = 0; i < 7; i++) c.add(2)
    expect(writes).toEqual([])
    await c.flush()
    expect(writes).toEqual([
      [1, 100],
      [2, 7],
    ])
    await c.flush()
    expect(writes).toHaveLength(2)
    expect(c.snapshot()).toMatchObject({ views: 107, writes: 2, flushes: 1, pending: 0 })
  })

  it('keeps the count of a failed write for the next flush', async () => {
    let fail = true
    const done: [number, number][] = []
    const c = new ViewCounter(async (id, n) => {
      if (fail) throw new Error('database down')
      done.push([id, n])
    })
    c.add(5, 3)
    await c.flush()
    expect(c.snapshot().pending).toBe(3)
    c.add(5)
    fail = false
    await c.flush()
    expect(done).toEqual([[5, 4]])
  })

  it('views added during a flush are written by the next one; stop() flushes what is left', async () => {
    const done: [number, number][] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const c = new ViewCounter(async (id, n) => {
      await gate
      done.push([id, n])
    })
    c.add(1)
    const first = c.flush()
    c.add(1)
    c.add(1)
    release()
    await first
    await c.stop()
    expect(done).toEqual([
      [1, 1],
      [1, 2],
    ])
  })

  it('flushes early when too many formations are pending', async () => {
    const done: number[] = []
    const c = new ViewCounter(async (id) => void done.push(id), 3)
    c.add(1)
    c.add(2)
    c.add(3)
    await c.stop()
    expect(done.sort()).toEqual([1, 2, 3])
  })
})
