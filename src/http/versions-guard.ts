/**
 * Payload mounts `/versions` routes on every collection and global, also on those that keep no
 * versions, where they fail in the database layer (500). Those are answered 404 here.
 */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from './errors'

export function versionsGuard(payload: Payload): RequestHandler {
  const versioned = (config: { versions?: unknown }) => Boolean(config.versions)
  const collections = new Map<string, boolean>(payload.config.collections.map((c) => [c.slug, versioned(c)]))
  const globals = new Map<string, boolean>(payload.config.globals.map((g) => [g.slug, versioned(g)]))
  return (req, res, next) => {
    const m = req.path.match(/^\/(globals\/)?([^/]+)\/versions(?:\/|$)/)
    if (!m) return next()
    const keeps = (m[1] ? globals : collections).get(m[2])
    if (keeps !== false) return next()
    sendError(res, 404, `${m[1] ? 'This global' : 'This collection'} keeps no versions.`)
  }
}
