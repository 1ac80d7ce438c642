/**
 * A local fake of the OpenAI Images API (POST /v1/images/generations), as the SDK sees it:
 * bearer auth, `{ created, data: [{ b64_json }], usage }` answers, the API's error shape
 * `{ error: { message, type, param, code } }`, 429 with retry-after, and the moderation refusal
 * (400, code `moderation_blocked`). Tests script the next answers and read the calls received.
 */
import type { AddressInfo } from 'node:net'

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import sharp from 'sharp'

export const FAKE_KEY = 'sk-test-fake-openai'
export const MODERATION_WORD = 'forbidden-subject'
export const MODERATION_MESSAGE = 'Your request was rejected as a result of our safety system. Your request may contain content that is not allowed by our safety system.'

export type Scripted = { status: number; headers?: Record<string, string>; error?: { message: string; type: string; code: null | string } }
export type Call = { at: number; path: string; authorization?: string; body: Record<string, any> }

export type FakeOpenAI = {
  url: string
  calls: Call[]
  /** Answers for the next calls, in order; then the normal behaviour resumes. */
  script: (...answers: Scripted[]) => void
  close: () => Promise<void>
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${Date.now()}`, ...headers })
  res.end(JSON.stringify(body))
}

async function image(format: string, size: string, i: number): Promise<string> {
  const [width, height] = (size === 'auto' ? '1024x1024' : size).split('x').map(Number)
  const img = sharp({ create: { width, height, channels: 4, background: { r: 40 + i * 50, g: 120, b: 200, alpha: 1 } } })
  const buf = await (format === 'jpeg' ? img.jpeg() : format === 'webp' ? img.webp() : img.png()).toBuffer()
  return buf.toString('base64')
}

export async function fakeOpenAI(): Promise<FakeOpenAI> {
  const calls: Call[] = []
  const queue: Scripted[] = []
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      let body: Record<string, any> = {}
      try {
        body = raw ? JSON.parse(raw) : {}
      } catch {
        return send(res, 400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error', param: null, code: null } })
      }
      calls.push({ at: Date.now(), path: url.pathname, authorization: req.headers.authorization, body })
      if (req.headers.authorization !== `Bearer ${FAKE_KEY}`) {
        return send(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } })
      }
      if (req.method !== 'POST' || url.pathname !== '/v1/images/generations') {
        return send(res, 404, { error: { message: `Invalid URL (${req.method} ${url.pathname})`, type: 'invalid_request_error', param: null, code: null } })
      }
      const next = queue.shift()
      if (next) return send(res, next.status, { error: { param: null, ...next.error } }, next.headers)
      if (String(body.prompt ?? '').includes(MODERATION_WORD)) {
        return send(res, 400, { error: { message: MODERATION_MESSAGE, type: 'image_generation_user_error', param: null, code: 'moderation_blocked' } })
      }
      const n = Number(body.n ?? 1)
      if (!Number.isInteger(n) || n < 1 || n > 10) return send(res, 400, { error: { message: `Invalid 'n': ${String(body.n)}`, type: 'invalid_request_error', param: 'n', code: 'invalid_value' } })
      const format = body.output_format ?? 'png'
      const data = await Promise.all(Array.from({ length: n }, async (_, i) => ({ b64_json: await image(format, body.size ?? '1024x1024', i) })))
      send(res, 200, {
        created: Math.floor(Date.now() / 1000),
        background: body.background ?? 'opaque',
        output_format: format,
        quality: body.quality ?? 'medium',
        size: body.size ?? '1024x1024',
        data,
        usage: { input_tokens: 20, output_tokens: 272 * n, total_tokens: 20 + 272 * n, input_tokens_details: { image_tokens: 0, text_tokens: 20 } },
      })
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    script: (...answers) => void queue.push(...answers),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r())
        server.closeAllConnections()
      }),
  }
}
