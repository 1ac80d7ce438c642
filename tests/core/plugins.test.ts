/** The platform boots, migrates-compatible, with any single plugin disabled (and with none at all). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { PLUGINS } from '../../src/plugins/registry'
import { createTestDatabase, dropTestDatabase } from '../helpers/server'

let db: { name: string; url: string }

beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(async () => {
  await dropTestDatabase(db.name)
})

const variants: [string, string[]][] = [
  ...PLUGINS.map((p): [string, string[]] => [`without ${p.name}`, [p.name]]),
  ['without any plugin', PLUGINS.map((p) => p.name)],
]

describe.each(variants)('boot %s', (_label, disabled) => {
  it('initialises, serves the API and queries every remaining collection', async () => {
    // a fresh module graph per variant: Payload's sanitising mutates collection configs, and one
    // process normally builds one config
    vi.resetModules()
    const { buildVibeConfig } = await import('../../src/config/build-config')
    const { createApp } = await import('../../src/http/app')
    const { bootPayload, closePayload } = await import('../../src/runtime/boot')
    const payload = await bootPayload({
      config: buildVibeConfig({ databaseUrl: db.url, disabledPlugins: disabled }),
      migrate: false,
      seed: false,
      key: `plugins-${disabled.join('-') || 'none'}`,
    })
    try {
      const slugs = payload.config.collections.map((c) => c.slug)
      for (const name of disabled) {
        const plugin = PLUGINS.find((p) => p.name === name)
        expect(plugin, name).toBeDefined()
      }
      for (const slug of slugs) {
        await expect(payload.find({ collection: slug as never, limit: 1, depth: 0 }), slug).resolves.toBeDefined()
      }
      const app = createApp({ payload, quiet: true })
      const server = app.listen(0, '127.0.0.1')
      await new Promise((r) => server.once('listening', r))
      const { port } = server.address() as { port: number }
      const res = await fetch(`http://127.0.0.1:${port}/api/users/me`)
      expect(res.status).toBe(200)
      server.close()
    } finally {
      await closePayload(payload)
    }
  })
})
