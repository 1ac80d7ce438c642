/**
 * Closing a pool while a `pool.query` is still running on it (a test server closed while the cache
 * or a job still queries) must fail that query, not end the process: pg-pool's query callback
 * releases its client again after `endPool` destroyed it, and a second release throws there,
 * outside any promise. The control closes the same way with a plain release and sees the throw.
 */
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { endPool } from '../../src/db/end-pool'

type Checked = { release: (err?: unknown) => void }

const uncaught: Error[] = []
const onUncaught = (err: Error) => uncaught.push(err)

/** A pool with one `pg_sleep` running on it, and the client that runs it. */
async function poolWithQueryInFlight() {
  const pool = new pg.Pool({ connectionString: inject('pgAdminUrl'), max: 2 })
  pool.on('error', () => undefined)
  const connected = new Promise<Checked>((resolve) => pool.once('acquire', (client) => resolve(client as unknown as Checked)))
  const query = pool.query('select pg_sleep(5)').then(
    () => 'done',
    (err: Error) => err.message,
  )
  const client = await connected
  await new Promise((r) => setTimeout(r, 100))
  return { pool, query, client }
}

afterEach(() => {
  process.off('uncaughtException', onUncaught)
  uncaught.length = 0
})

describe('endPool with a query in flight', () => {
  it('fails the query and leaves the process alone', async () => {
    process.on('uncaughtException', onUncaught)
    const { pool, query } = await poolWithQueryInFlight()
    await endPool(pool as never)
    expect(await query).not.toBe('done')
    await new Promise((r) => setTimeout(r, 200))
    expect(uncaught).toEqual([])
  })

  it('control: a plain release of the same client makes the query callback throw', async () => {
    process.on('uncaughtException', onUncaught)
    const { pool, query, client } = await poolWithQueryInFlight()
    client.release(true)
    await Promise.race([query, new Promise((r) => setTimeout(r, 2000))])
    await new Promise((r) => setTimeout(r, 200))
    expect(uncaught.map((e) => e.message)).toContainEqual(expect.stringMatching(/already been released/))
    await pool.end().catch(() => undefined)
  })
})
