/**
 * Records where each client of a pg pool was checked out, so that a test finding a connection
 * still held can say by whom and in what state (instead of only "expected 1 to be 0").
 */
type Client = Record<string, any> & { on: (event: string, fn: (...args: any[]) => void) => void }
type Pool = { connect: (...args: any[]) => any; _clients: Client[]; _idle: { client: Client }[] }

const notes = new WeakMap<Client, { stack?: string; at: number; events: unknown[] }>()

export function trackCheckouts(pool: Pool): () => string {
  const connect = pool.connect.bind(pool)
  const tag = (client: Client | undefined, stack: string | undefined) => {
    if (!client) return
    const known = notes.get(client)
    if (!known) {
      const events: unknown[] = []
      client.on('error', (e: Error) => events.push(['error', Date.now(), e?.message]))
      client.on('end', () => events.push(['end', Date.now()]))
      notes.set(client, { stack, at: Date.now(), events })
    } else Object.assign(known, { stack, at: Date.now() })
  }
  pool.connect = (cb?: (err: Error | undefined, client: Client, done: unknown) => void) => {
    const stack = new Error('checked out').stack?.split('\n').slice(2, 14).join('\n')
    if (cb) return connect((err: Error | undefined, client: Client, done: unknown) => (tag(client, stack), cb(err, client, done)))
    return connect().then((client: Client) => (tag(client, stack), client))
  }
  return () => {
    const idle = new Set(pool._idle.map((i) => i.client))
    return pool._clients
      .filter((c) => !idle.has(c))
      .map((c) => {
        const note = notes.get(c)
        const state = { heldMs: note ? Date.now() - note.at : undefined, events: note?.events, queryable: c._queryable, ending: c._ending, connected: c._connected, pid: c.processID, active: c._activeQuery?.text, queued: c._queryQueue?.length, errorListeners: c.listeners('error').map((f: { name?: string }) => f.name || 'anonymous'), endListeners: c.listenerCount('end') }
        return `${JSON.stringify(state)}\n${note?.stack ?? '(checked out before tracking)'}`
      })
      .join('\n---\n')
  }
}
