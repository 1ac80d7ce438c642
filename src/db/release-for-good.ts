/**
 * Releases a checked-out pg client so that the pool drops it, on behalf of a holder that may still
 * release it itself (a `pool.query` whose statement is in flight releases its client in the query's
 * callback). pg-pool throws "Release called on client which has already been released to the pool"
 * on a second release, inside that callback, where nothing can catch it: the process ends. The
 * holder's release becomes a no-op instead.
 */
export type ReleasableClient = { release?: (err?: boolean | Error) => void }

/** True if this call released the client; false if it had no release left to call (or it threw). */
export function releaseForGood(client: ReleasableClient, err: true | Error): boolean {
  const release = client.release
  if (typeof release !== 'function') return false
  client.release = () => undefined
  try {
    release(err)
    return true
  } catch {
    // released meanwhile
    return false
  }
}
