// Each test file (its own process) writes uploads to its own folder.
import os from 'node:os'
import path from 'node:path'

process.env.MEDIA_DIR ??= path.join(os.tmpdir(), `vibe-media-${process.pid}`)
