/**
 * Guards a process's boot (database, migrations, the config's dynamic import, Payload's init).
 *
 * - It keeps the event loop alive until the boot is done. Under `node --import tsx`, a dynamic
 *   `import()` is answered by the loader-hooks thread; while the main thread waits for it with no
 *   handle of its own, Node 20 may find the loop empty and end the process with code 0, silently
 *   (a worker of the multi-instance test did so twice in about ten suite runs; the same shape as
 *   payloadcms/payload#17757). A pending timer is such a handle.
 * - A boot that never finishes ends the process with code 1 and says so, instead of a process that
 *   neither serves nor exits. `BOOT_TIMEOUT_MS` (default 10 minutes: a first boot migrates and seeds).
 */
import { env } from '../lib/env'
import { logger } from '../lib/logger'

export function bootWatchdog(what: string, timeoutMs = env.int('BOOT_TIMEOUT_MS', 600_000)): () => void {
  const timer = setTimeout(() => {
    logger.fatal({ timeoutMs }, `${what} did not finish booting in ${timeoutMs} ms; exiting`)
    process.exit(1)
  }, timeoutMs)
  return () => clearTimeout(timer)
}
