/**
 * Guards a process's boot (database, migrations, the config, Payload's init).
 *
 * - It keeps the event loop alive until the boot is done. Under `node --import tsx` (Node 20, tsx's
 *   async loader hooks), a dynamic `import()` of the config sometimes never settled (3 worker boots
 *   in 4 rounds of four workers starting at once, under CPU load); with no handle left, Node then
 *   ended the process with code 0, silently. The entry points now import the config statically
 *   (15 rounds, no hang), and a stuck boot is reported instead of vanishing.
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
