import type { PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { defineEndpoint, endpointDoc } from './define-endpoint'
import { json } from './http'

const req = (over: { data?: unknown; url?: string; user?: unknown }) =>
  ({ data: over.data, url: over.url ?? 'http://localhost/api/x', searchParams: new URL(over.url ?? 'http://localhost/api/x').searchParams, user: over.user ?? null }) as unknown as PayloadRequest

const Body = z.object({ stars: z.number().int().min(1).max(5) }).strict()
const Query = z.object({ limit: z.coerce.number().int().min(1).max(10).default(5) })

const endpoint = defineEndpoint({
  path: '/:id/rating',
  method: 'post',
  auth: 'user',
  summary: 'Rate',
  body: Body,
  query: Query,
  response: z.object({ stars: z.number(), limit: z.number() }),
  handler: async (_req, { body, query }) => json({ stars: body.stars, limit: query.limit }),
})

const status = async (p: Promise<unknown>) => p.then(() => 0, (e: { status?: number }) => e.status)

describe('defineEndpoint', () => {
  it('keeps its schemas on the endpoint, for the OpenAPI document', () => {
    expect(endpointDoc(endpoint)).toMatchObject({ body: Body, query: Query, auth: 'user', summary: 'Rate' })
  })

  it('checks the user, then the query and the body, before the handler; the handler gets parsed values', async () => {
    expect(await status(Promise.resolve(endpoint.handler(req({ data: { stars: 3 } }))))).toBe(401)
    const user = { id: 1 }
    const badBody = await Promise.resolve(endpoint.handler(req({ data: { stars: 9 }, user }))).catch((e) => e)
    expect(badBody.status).toBe(400)
    expect(badBody.message).toMatch(/^stars: /)
    expect(badBody.data.issues[0].field).toBe('stars')
    expect(await status(Promise.resolve(endpoint.handler(req({ data: { stars: 3, extra: 1 }, user }))))).toBe(400)
    expect(await status(Promise.resolve(endpoint.handler(req({ data: { stars: 3 }, user, url: 'http://localhost/api/x?limit=99' }))))).toBe(400)
    const ok = await endpoint.handler(req({ data: { stars: 3 }, user, url: 'http://localhost/api/x?limit=7' }))
    expect(await ok.json()).toEqual({ stars: 3, limit: 7 })
  })

  it('under test, refuses an answer that does not match its documented response schema', async () => {
    const drifting = defineEndpoint({ path: '/', method: 'get', response: z.object({ total: z.number() }), handler: async () => json({ total: '3' }) })
    await expect(Promise.resolve(drifting.handler(req({})))).rejects.toThrow(/documented response schema/)
  })
})
