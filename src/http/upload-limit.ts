/**
 * Refuses oversized uploads before they reach Payload: a multipart body whose declared length is
 * over the limit gets 413 at once. (Payload's own abort-on-limit stays as the fallback for
 * chunked bodies.)
 */
import type { RequestHandler } from 'express'

import { sendError } from './errors'

/** Room for the multipart envelope and the other form fields around the file. */
const ENVELOPE_BYTES = 64 * 1024

export const uploadSizeLimit =
  (maxFileBytes: number): RequestHandler =>
  (req, res, next) => {
    if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) return next()
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > maxFileBytes + ENVELOPE_BYTES) {
      res.setHeader('Connection', 'close')
      sendError(res, 413, `File too large: the limit is ${Math.round(maxFileBytes / 1024)} KB.`)
      req.resume()
      return
    }
    next()
  }
