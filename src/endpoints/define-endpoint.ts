/**
 * The one way to write a custom endpoint: its request and answer schemas sit on the endpoint, the
 * endpoint validates with them, and the OpenAPI document (`/api/openapi.json`) is generated from
 * the same objects — the documentation cannot drift from what the code accepts.
 *
 *   export const rateEndpoint = defineEndpoint({
 *     path: '/:id/rating', method: 'post', auth: 'user',
 *     summary: 'Rate a course', body: z.object({ stars: z.number().int().min(1).max(5) }),
 *     handler: async (req, { body }) => json(await rateCourse(req, idParam(req), body.stars)),
 *   })
 */
import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { badRequest, readJson, requireUser } from './http'

export type EndpointDoc = {
  summary?: string
  description?: string
  /** Default: the collection's slug, or the first path segment of a root endpoint. */
  tags?: string[]
  /** `user`: a logged-in user is required (checked here, before the handler runs); `public`: no login. */
  auth?: 'public' | 'user'
  /** Path parameters (`:id` …); those not listed are documented as strings. */
  params?: z.ZodObject
  /** Query string, parsed from the flat `?a=1&b=2` pairs. */
  query?: z.ZodType
  /** JSON body. */
  body?: z.ZodType
  /** The JSON answer on success. */
  response?: z.ZodType
  /** Success status (default 200). */
  status?: number
  /** A non-JSON answer (e.g. `application/pdf`, `text/html`, `text/event-stream`). */
  produces?: string
  /** A non-JSON request body (e.g. a provider's webhook); documented as that media type. */
  consumes?: string
}

/** What `custom.openapi` holds on an endpoint; read by `src/openapi`. */
export const OPENAPI_KEY = 'openapi'

export type Input<B, Q> = { body: B; query: Q }

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined

export type DefinedEndpoint<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = Omit<EndpointDoc, 'body' | 'query'> & {
  path: string
  method: Endpoint['method']
  body?: B
  query?: Q
  handler: (req: PayloadRequest, input: Input<Infer<B>, Infer<Q>>) => Promise<Response> | Response
  custom?: Record<string, unknown>
}

/** Zod issues as the one 400 answer shape: `field: message; …` plus `data.issues`. */
export function invalidInput(error: z.ZodError, where: 'body' | 'query') {
  const issues = error.issues.map((i) => ({ field: i.path.join('.') || `(${where})`, message: i.message }))
  return badRequest(issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues })
}

/** The query string as a flat object (`?a=1&a=2` keeps the last). */
export function flatQuery(req: PayloadRequest): Record<string, string> {
  const params = req.searchParams ?? new URL(req.url ?? '/', 'http://localhost').searchParams
  return Object.fromEntries(params.entries())
}

export function defineEndpoint<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  def: DefinedEndpoint<B, Q>,
): Endpoint {
  const { path, method, handler, custom, ...doc } = def
  return {
    path,
    method,
    custom: { ...custom, [OPENAPI_KEY]: doc satisfies EndpointDoc },
    handler: async (req) => {
      if (doc.auth === 'user') requireUser(req)
      let query: unknown
      if (doc.query) {
        const parsed = doc.query.safeParse(flatQuery(req))
        if (!parsed.success) throw invalidInput(parsed.error, 'query')
        query = parsed.data
      }
      let body: unknown
      if (doc.body) {
        const parsed = doc.body.safeParse(await readJson(req))
        if (!parsed.success) throw invalidInput(parsed.error, 'body')
        body = parsed.data
      }
      const response = await handler(req, { body, query } as Input<Infer<B>, Infer<Q>>)
      if (doc.response && process.env.NODE_ENV === 'test') await checkAnswer(doc.response, response, `${method.toUpperCase()} ${path}`)
      return response
    },
  }
}

/**
 * Under test, a JSON success answer must match its documented `response` schema: a service that
 * changes its answer without its schema fails the tests that call it (the document cannot drift).
 */
async function checkAnswer(schema: z.ZodType, response: Response, where: string): Promise<void> {
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return
  const parsed = schema.safeParse(await response.clone().json())
  if (!parsed.success) throw new Error(`${where}: the answer does not match its documented response schema: ${parsed.error.message}`)
}

/** The documentation attached to an endpoint by `defineEndpoint`, if any. */
export const endpointDoc = (endpoint: Endpoint): EndpointDoc | undefined => endpoint.custom?.[OPENAPI_KEY] as EndpointDoc | undefined
