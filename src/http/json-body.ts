/**
 * JSON request bodies under /api are read here, once, before Payload: malformed JSON or a body that
 * is not a JSON object (a string, a list, a number) is a 400 — Payload would take `"str"` as the
 * document's data and crash on it (500). The exact bytes go on to Payload (webhook signatures are
 * computed on them). Bodies over `maxBytes` are a 413; bodies nested deeper than MAX_JSON_DEPTH are a 400
 * (arrays 10,000 deep overflowed the stack of Payload's deep copy: a 500).
 */
import type { RequestHandler } from 'express'

import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../lib/json-depth'
import { parseJsonObject } from '../lib/json-object'
import { sendError } from './errors'
import { hasRequestBody } from './web-bridge'

export const JSON_BODY_LIMIT_BYTES = 5 * 1024 * 1024

export type RequestWithRawBody = { rawBody?: Buffer }

const isJson = (type: string | undefined) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type ?? '')

export const jsonBodyGuard =
  (maxBytes = JSON_BODY_LIMIT_BYTES): RequestHandler =>
  (req, res, next) => {
    if (!hasRequestBody(req.method) || !isJson(req.headers['content-type'])) return next()
    const refuse = (status: number, message: string) => {
      if (!res.headersSent) res.setHeader('Connection', 'close')
      sendError(res, status, message)
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return refuse(413, `JSON body too large: the limit is ${maxBytes / 1024 / 1024} MB.`)
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > maxBytes) {
        done = true
        refuse(413, `JSON body too large: the limit is ${maxBytes / 1024 / 1024} MB.`)
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('error', (err) => {
      if (!done) {
        done = true
        next(err)
      }
    })
    req.on('end', () => {
      if (done) return
      done = true
      const raw = Buffer.concat(chunks)
      const text = raw.toString('utf8')
      const parsed = parseJsonObject(text)
      if (!parsed.ok) return refuse(400, parsed.message)
      if (jsonNestsDeeperThan(text)) return refuse(400, `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`)
      ;(req as unknown as RequestWithRawBody).rawBody = raw
      next()
    })
  }
