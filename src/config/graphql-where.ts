/**
 * GraphQL's `where` arguments get the same checks as REST query strings (src/http/query-guard.ts):
 * the schema types them only loosely — `all` is offered on every field though the Postgres adapter
 * has no such operator, relationship ids are JSON — and those reached SQL (a 500). A bad condition
 * is a 400 error naming it. Added to the built config, so that Payload's own collections have it.
 */
import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { APIError } from 'payload'

import { createQueryChecker, QueryProblem } from '../http/query-guard'

/** GraphQL values as the query string would carry them: scalars as text, lists of them as lists. */
export function asQueryValues(value: unknown): unknown {
  if (value === null) return 'null'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(asQueryValues)
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, asQueryValues(v)]))
  return value
}

const WITH_WHERE = new Set(['count', 'delete', 'read', 'update'])

export function graphqlWhereChecks(config: SanitizedConfig): SanitizedConfig {
  const check = createQueryChecker(config)
  const hook: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
    const where = (args as { where?: unknown }).where
    if (req.payloadAPI !== 'GraphQL' || !WITH_WHERE.has(operation) || !where) return args
    try {
      check(`/${collection.slug}`, { where: asQueryValues(where) })
    } catch (err) {
      if (err instanceof QueryProblem) throw new APIError(err.message, 400)
      throw err
    }
    return args
  }
  for (const c of config.collections) (c.hooks.beforeOperation ??= []).unshift(hook)
  return config
}
