/**
 * Views of formations, counted without a database write per read: each view adds 1 to an
 * in-memory counter per formation; a flush (every `intervalMs`, and when the process shuts down)
 * writes each formation's pending count with one `UPDATE … SET views = views + n`. Additive, so
 * several processes each flushing their own counts add up; a failed write keeps its count for the
 * next flush.
 */
export type ViewWriter = (id: number, n: number) => Promise<void>

export type ViewCounterStats = { views: number; writes: number; flushes: number; pending: number }

export class ViewCounter {
  private pending = new Map<number, number>()
  private timer?: ReturnType<typeof setInterval>
  private flushing?: Promise<void>
  private readonly stats = { views: 0, writes: 0, flushes: 0 }

  constructor(
    private readonly write: ViewWriter,
    /** Formations with pending views held at most (a flush starts early beyond it). */
    private readonly maxPending = 10_000,
  ) {}

  /** Counts one view (no I/O unless the pending map is full). */
  add(id: number, n = 1): void {
    this.pending.set(id, (this.pending.get(id) ?? 0) + n)
    this.stats.views += n
    if (this.pending.size >= this.maxPending) void this.flush()
  }

  /** Writes every pending count (one UPDATE per formation); concurrent calls share one flush. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending.size ? this.flush() : undefined))
    if (this.pending.size === 0) return Promise.resolve()
    const batch = this.pending
    this.pending = new Map()
    this.flushing = (async () => {
      this.stats.flushes++
      for (const [id, n] of batch) {
        try {
          await this.write(id, n)
          this.stats.writes++
        } catch {
          // kept for the next flush
          this.pending.set(id, (this.pending.get(id) ?? 0) + n)
        }
      }
    })().finally(() => {
      this.flushing = undefined
    })
    return this.flushing
  }

  /** Flushes every `intervalMs` (the timer does not keep the process alive). */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return
    this.timer = setInterval(() => void this.flush().catch(() => undefined), intervalMs)
    this.timer.unref?.()
  }

  /** Stops the timer and writes what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    await this.flush()
  }

  snapshot(): ViewCounterStats {
    return { ...this.stats, pending: [...this.pending.values()].reduce((a, b) => a + b, 0) }
  }
}
