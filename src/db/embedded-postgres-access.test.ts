/**
 * Started as root, the embedded PostgreSQL runs as the `postgres` user: the folder holding its
 * data folder (DATA_DIR) must let that user through. A DATA_DIR left in 0700 (the Open Badges key
 * folder used to create it so) made `npm start` fail with initdb's "Permission denied".
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { letPostgresUserThrough } from './embedded-postgres'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('letPostgresUserThrough', () => {
  it('opens a private data dir for passing through only, and creates a missing one', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vibe-pgaccess-'))
    made.push(root)
    const data = path.join(root, '.data')
    fs.mkdirSync(data, { mode: 0o700 })
    fs.chmodSync(data, 0o700)
    letPostgresUserThrough(path.join(data, 'postgres'))
    expect(fs.statSync(data).mode & 0o777).toBe(0o701)

    const missing = path.join(root, 'fresh', 'data')
    letPostgresUserThrough(path.join(missing, 'postgres'))
    expect(fs.statSync(missing).mode & 0o001).toBe(0o001)
  })

  it('leaves a data dir others can already pass through as it is', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vibe-pgaccess-'))
    made.push(root)
    fs.chmodSync(root, 0o755)
    letPostgresUserThrough(path.join(root, 'postgres'))
    expect(fs.statSync(root).mode & 0o777).toBe(0o755)
  })
})
