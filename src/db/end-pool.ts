/**
 * Closes a pg pool for good. A client still checked out (the postgres adapter keeps one as a
 * "reconnect watch" on every pool it opens, replicas included) would make `pool.end()` wait for
 * ever: checked-out clients are destroyed first, and awaited, so that nothing is still connected
 * when this resolves. A query still in flight on such a client fails (the connection is closed) and
 * its own release is then a no-op (`releaseForGood`).
 */
import { releaseForGood, type ReleasableClient } from './release-for-good'

type PgClient = ReleasableClient & { once: (event: 'end', fn: () => void) => void }
export type PgPool = { end: () => Promise<void>; ended?: boolean; _clients?: PgClient[]; _idle?: { client: PgClient }[] }

export async function endPool(pool: PgPool): Promise<void> {
  if (pool.ended) return
  const idle = new Set((pool._idle ?? []).map((i) => i.client))
  const checkedOut = (pool._clients ?? []).filter((c) => !idle.has(c))
  await Promise.all(
    checkedOut.map(
      (client) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 2000)
          client.once('end', () => {
            clearTimeout(timer)
            resolve()
          })
          if (!releaseForGood(client, true)) {
            clearTimeout(timer)
            resolve()
          }
        }),
    ),
  )
  await pool.end()
}
