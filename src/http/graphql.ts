/**
 * GraphQL over Fetch Request/Response, the same way @payloadcms/next does it, without Next:
 * Payload's schema from @payloadcms/graphql, served by graphql-http.
 */
import type { SanitizedConfig } from 'payload'

import { limitedParse, validateInStages } from './graphql-limits'

import { configToSchema } from '@payloadcms/graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { renderPlaygroundPage } from 'graphql-playground-html'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
} from 'payload'

type Schema = ReturnType<typeof configToSchema>

export function createGraphqlHandler(config: SanitizedConfig) {
  let schema: null | Schema = null
  const getSchema = () => (schema ??= configToSchema(config))

  return async (request: Request): Promise<Response> => {
    const original = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })

    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const { schema: gqlSchema, validationRules } = getSchema()
    const headers: Record<string, string> = {}
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
            const status = original?.status ?? 500
            if (status >= 500) logError({ err, payload })
            return {
              message: status >= 500 && !payload.config.debug ? 'Something went wrong.' : err.message,
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
    const body = await answer.text()
    return new Response(body, {
      status: refusedBeforeExecution(answer.status, body) ? 400 : answer.status,
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

export const playgroundPage = (endpoint: string) =>
  renderPlaygroundPage({ endpoint, settings: { 'request.credentials': 'include' } as never })
