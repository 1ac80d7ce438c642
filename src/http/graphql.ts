/**
 * GraphQL over Fetch Request/Response, the same way @payloadcms/next does it, without Next:
 * Payload's schema from @payloadcms/graphql, served by graphql-http.
 */
import type { SanitizedConfig } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable'
import { limitedParse, validateInStages } from './graphql-limits'

import { configToSchema } from '@payloadcms/graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
} from 'payload'

import { credentialsRejected, isGraphqlAuthFlow, revokedCredentialsResponse } from '../collections/users/revocation'

type Schema = ReturnType<typeof configToSchema>

/** `payloadInstanceCacheKey`: the getPayload key of the instance that serves the requests (default: 'default'). */
export function createGraphqlHandler(config: SanitizedConfig, payloadInstanceCacheKey?: string) {
  let schema: null | Schema = null
  const getSchema = () => (schema ??= configToSchema(config))

  return async (request: Request): Promise<Response> => {
    const original = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, payloadInstanceCacheKey, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    // a dead JWT, cookie or API key is refused, not served as anonymous (as on REST), except to log in again
    if (credentialsRejected(req) && !isGraphqlAuthFlow(await request.clone().json().catch(() => null))) {
      const refused = revokedCredentialsResponse(req, { graphql: true })
      return new Response(refused.body, { status: 401, headers: headersWithCors({ headers: refused.headers, req }) })
    }

    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const { schema: gqlSchema, validationRules } = getSchema()
    const headers: Record<string, string> = {}
    // an error of an unreachable database makes the whole answer a 503 (the client retries)
    let unavailable = false
    const answer = await createHandler({
      context: { headers, req },
      schema: gqlSchema,
      parse: limitedParse,
      validate: validateInStages,
      validationRules: (_, args, defaultRules) => defaultRules.concat(validationRules(args)),
      onOperation: (_request, _args, result) => {
        if (!result.errors) return result
        return {
          ...result,
          errors: result.errors.map((err) => {
            const original = err.originalError as { data?: unknown; name?: string; status?: number } | undefined
            const down = isDatabaseUnavailable(original)
            if (down) unavailable = true
            const status = down ? 503 : (original?.status ?? 500)
            if (status >= 500) logError({ err, payload })
            return {
              message: down ? DATABASE_UNAVAILABLE_MESSAGE : status >= 500 && !payload.config.debug ? 'Something went wrong.' : err.message,
              locations: err.locations,
              path: err.path,
              extensions: { name: original?.name, data: original?.data, statusCode: status },
            }
          }),
        } as never
      },
    })(original)

    const resHeaders = headersWithCors({ headers: new Headers(answer.headers), req })
    for (const key in headers) resHeaders.append(key, headers[key])
    if (unavailable) resHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
    const body = await answer.text()
    return new Response(body, {
      status: unavailable ? 503 : refusedBeforeExecution(answer.status, body) ? 400 : answer.status,
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders,
    })
  }
}

/**
 * A document that does not parse or validate gets `{ errors }` without `data`; graphql-http sends it
 * with 200 to clients that accept plain application/json. It is the client's error: a 400.
 */
function refusedBeforeExecution(status: number, body: string): boolean {
  if (status !== 200) return false
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] }
    return !('data' in parsed) && Array.isArray(parsed.errors) && parsed.errors.length > 0
  } catch {
    return false
  }
}
