/** Converts between node/express requests and the Fetch API Request/Response that Payload speaks. */
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { CachedAnswer } from '../cache/public-cache'
import type { RequestWithRawBody } from './json-body'

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Whether a request of this method carries a body. */
export const hasRequestBody = (method: string): boolean => !BODYLESS.has(method)

export function toWebRequest(req: ExpressRequest, signal?: AbortSignal): Request {
  const protocol = req.protocol
  const host = req.get('host') ?? 'localhost'
  const url = `${protocol}://${host}${req.originalUrl}`
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(key, v)
    else headers.set(key, value)
  }
  const hasBody = hasRequestBody(req.method)
  // a JSON body already read by jsonBodyGuard, else the stream itself
  const raw = (req as unknown as RequestWithRawBody).rawBody
  if (raw) {
    headers.delete('transfer-encoding')
    headers.set('content-length', String(raw.length))
  }
  return new Request(url, {
    method: req.method,
    headers,
    body: !hasBody ? undefined : raw ? new Uint8Array(raw) : (Readable.toWeb(req) as ReadableStream),
    // required by undici for streamed request bodies
    ...(hasBody && !raw ? { duplex: 'half' } : {}),
    signal,
  } as RequestInit)
}

/** Streams event streams and files; buffers small JSON bodies (one write, exact Content-Length). */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, key) => {
    if (key === 'set-cookie') return
    res.setHeader(key, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('application/json') && !type.includes('stream')) {
    const buffer = Buffer.from(await response.arrayBuffer())
    res.setHeader('content-length', buffer.length)
    res.end(buffer)
    return
  }
  if (type.includes('text/event-stream')) res.flushHeaders()
  const body = Readable.fromWeb(response.body as never)
  res.on('close', () => body.destroy())
  try {
    await pipeline(body, res)
  } catch (err) {
    // the client went away mid-stream: nothing left to answer
    if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err
  }
}

/**
 * Sends an answer kept by the public cache. CORS headers come from the express middleware for
 * this request's origin, never from the request that filled the cache.
 */
export function sendCachedAnswer(res: ExpressResponse, answer: CachedAnswer, state: 'HIT' | 'MISS'): void {
  res.status(answer.status)
  for (const [name, value] of answer.headers) if (!name.startsWith('access-control-') && name !== 'vary') res.setHeader(name, value)
  res.setHeader('x-cache', state)
  res.setHeader('age', Math.floor((Date.now() - answer.storedAt) / 1000))
  res.setHeader('content-length', answer.body.length)
  res.end(answer.body)
}

/** An AbortSignal that fires when the client disconnects before the answer is complete. */
export function disconnectSignal(res: ExpressResponse): AbortSignal {
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  return controller.signal
}
