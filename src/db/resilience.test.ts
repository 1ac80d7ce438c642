import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { guardPool } from './resilience'

/** A pg-pool stand-in: `_clients`, `_idle`, 'connect' events, and clients whose release drops them. */
function fakePool() {
  const pool = Object.assign(new EventEmitter(), { _clients: [] as EventEmitter[], _idle: [] as { client: EventEmitter }[], released: [] as unknown[] })
  const checkOut = () => {
    const client = Object.assign(new EventEmitter(), {
      release: (err?: unknown) => {
        pool.released.push(err)
        pool._clients = pool._clients.filter((c) => c !== client)
      },
    })
    pool._clients.push(client)
    pool.emit('connect', client)
    return client
  }
  return { pool, checkOut }
}

afterEach(() => vi.useRealTimers())

describe('guardPool', () => {
  it('takes back a checked-out client whose connection failed, even when its socket never reports the end', () => {
    vi.useFakeTimers()
    const { pool, checkOut } = fakePool()
    guardPool(pool as never)
    const client = checkOut()
    client.emit('error', new Error('terminating connection due to unexpected postmaster exit'))
    expect(pool.released).toEqual([])
    vi.advanceTimersByTime(2500)
    expect(pool.released).toHaveLength(1)
    expect(pool.released[0]).toBeInstanceOf(Error)
    expect(pool._clients).toEqual([])
    // the holder's own release afterwards is harmless
    expect(() => (client as unknown as { release: () => void }).release()).not.toThrow()
    expect(pool.released).toHaveLength(1)
  })

  it('leaves alone a client its holder released in time, and releases once when both error and end come', () => {
    vi.useFakeTimers()
    const { pool, checkOut } = fakePool()
    guardPool(pool as never)
    const kept = checkOut()
    kept.emit('error', new Error('gone'))
    ;(kept as unknown as { release: (e: Error) => void }).release(new Error('holder'))
    vi.advanceTimersByTime(2500)
    expect(pool.released).toHaveLength(1)

    const dead = checkOut()
    dead.emit('error', new Error('gone'))
    dead.emit('end')
    vi.advanceTimersByTime(2500)
    expect(pool.released).toHaveLength(2)
  })
})
