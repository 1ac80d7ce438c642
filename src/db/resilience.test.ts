import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { guardPool } from './resilience'

type FakeClient = EventEmitter & { _queryable: boolean; release: (err?: unknown) => void }

/** A pg-pool stand-in: `_clients`, `_idle`, 'connect' events, clients that die the way pg's do, and a release that drops them. */
function fakePool() {
  const pool = Object.assign(new EventEmitter(), {
    _clients: [] as FakeClient[],
    _idle: [] as { client: FakeClient }[],
    released: [] as unknown[],
    removed: [] as FakeClient[],
    _remove(client: FakeClient) {
      pool.removed.push(client)
      pool._idle = pool._idle.filter((i) => i.client !== client)
      pool._clients = pool._clients.filter((c) => c !== client)
    },
  })
  const checkOut = () => {
    const client: FakeClient = Object.assign(new EventEmitter(), {
      _queryable: true,
      release: (err?: unknown) => {
        pool.released.push(err)
        pool._clients = pool._clients.filter((c) => c !== client)
      },
    })
    pool._clients.push(client)
    pool.emit('connect', client)
    return client
  }
  /** What pg does on a connection error: not queryable for good, then 'error'. */
  const die = (client: FakeClient) => {
    client._queryable = false
    client.emit('error', new Error('terminating connection due to unexpected postmaster exit'))
  }
  return { pool, checkOut, die }
}

afterEach(() => vi.useRealTimers())

describe('guardPool', () => {
  it('takes back a checked-out client whose connection failed, even when its socket never reports the end', () => {
    vi.useFakeTimers()
    const { pool, checkOut, die } = fakePool()
    guardPool(pool as never)
    const client = checkOut()
    die(client)
    expect(pool.released).toEqual([])
    vi.advanceTimersByTime(2500)
    expect(pool.released).toHaveLength(1)
    expect(pool.released[0]).toBeInstanceOf(Error)
    expect(pool._clients).toEqual([])
    // the holder's own release afterwards is harmless
    expect(() => client.release()).not.toThrow()
    expect(pool.released).toHaveLength(1)
  })

  it('takes back a client that was already dead when it was handed out (no event left to come)', () => {
    vi.useFakeTimers()
    const { pool, checkOut } = fakePool()
    guardPool(pool as never)
    const client = checkOut()
    client._queryable = false
    vi.advanceTimersByTime(2500)
    expect(pool.released).toHaveLength(1)
    expect(pool._clients).toEqual([])
  })

  it('leaves alone a client its holder releases in time, and a live one for as long as it is held', () => {
    vi.useFakeTimers()
    const { pool, checkOut, die } = fakePool()
    guardPool(pool as never)
    const kept = checkOut()
    die(kept)
    kept.release(new Error('holder'))
    const live = checkOut()
    vi.advanceTimersByTime(60_000)
    expect(pool.released).toHaveLength(1)
    expect(pool._clients).toEqual([live])
  })

  it('drops a dead client found idle', () => {
    vi.useFakeTimers()
    const { pool, checkOut } = fakePool()
    guardPool(pool as never)
    const client = checkOut()
    pool._idle.push({ client })
    client._queryable = false
    vi.advanceTimersByTime(1500)
    expect(pool.removed).toEqual([client])
    expect(pool._clients).toEqual([])
  })
})
