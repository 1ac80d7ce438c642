import type { AddressInfo } from 'node:net'

import express from 'express'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'

import { createLogger } from '../lib/logger'
import { isQuietRequest, requestLogger } from './request-log'

describe('request log', () => {
  it('has no line for static assets, the admin’s own chatter and health probes', () => {
    for (const url of [
      '/healthz',
      '/readyz',
      '/_next/static/chunks/app.js',
      '/_next/webpack-hmr?id=1',
      '/__nextjs_original-stack-frames',
      '/favicon.ico',
      '/admin/fonts/inter.woff2',
      '/api/payload-preferences/nav',
      '/api/payload-locked-documents?where[document.value][equals]=3',
      '/api/docs/assets/swagger-ui-bundle.js',
      '/api/media/file/cover.jpg',
    ]) {
      expect(isQuietRequest(url, '/api'), url).toBe(true)
    }
    for (const url of ['/api/users/me', '/api/orders', '/api/media', '/admin', '/admin/collections/users', '/api/graphql', '/api/docs']) {
      expect(isQuietRequest(url, '/api'), url).toBe(false)
    }
  })

  it('writes one readable line per request that tells something', async () => {
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean))
        done()
      },
    })
    const app = express()
    app.use(requestLogger(createLogger('json', stream, 'info'), '/api'))
    // a router mounted on /api (as Payload's handler is): the line still names the full URL
    app.use('/api', (_req, res) => res.status(200).send('ok'))
    app.use((_req, res) => res.status(200).send('ok'))
    const server = app.listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      for (const p of ['/healthz', '/_next/static/x.js', '/api/payload-preferences/nav', '/api/users/me']) await (await fetch(base + p)).text()
    } finally {
      server.close()
    }
    const msgs = lines.map((l) => JSON.parse(l).msg)
    expect(msgs).toHaveLength(1)
    expect(msgs[0]).toMatch(/^GET \/api\/users\/me 200 \d+ ms$/)
  })
})
