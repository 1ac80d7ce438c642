/**
 * Helpers for thin custom endpoints: parse the body, require a user, answer JSON.
 * Errors are thrown as Payload `APIError`s; Payload's route handler turns them into
 * `{ errors: [{ message, data }] }` with the given status.
 */
import type { PayloadRequest, TypedUser } from 'payload'
import type { z } from 'zod'

import { APIError } from 'payload'

import { parseJsonObject } from '../lib/json-object'

export class HttpError extends APIError {
  constructor(status: number, message: string, data?: Record<string, unknown>) {
    super(message, status, data, true)
  }
}

export const badRequest = (message: string, data?: Record<string, unknown>) => new HttpError(400, message, data)
export const unauthorized = (message = 'You must be logged in.') => new HttpError(401, message)
export const forbidden = (message = 'You are not allowed to do that.') => new HttpError(403, message)
export const notFound = (message = 'Not found.') => new HttpError(404, message)
export const conflict = (message: string, data?: Record<string, unknown>) => new HttpError(409, message, data)
export const unprocessable = (message: string, data?: Record<string, unknown>) => new HttpError(422, message, data)

/** Reads a JSON object body; malformed JSON or a non-object answers 400. */
export async function readJson(req: PayloadRequest): Promise<Record<string, unknown>> {
  if ((req as { data?: unknown }).data && typeof req.data === 'object') return req.data as Record<string, unknown>
  let text = ''
  try {
    text = req.text ? await req.text() : ''
  } catch {
    throw badRequest('Could not read the request body.')
  }
  const parsed = parseJsonObject(text)
  if (!parsed.ok) throw badRequest(parsed.message)
  req.data = parsed.value
  return parsed.value
}

/** Parses the body with a zod schema; each invalid field is named in the 400 answer. */
export async function parseBody<S extends z.ZodType>(req: PayloadRequest, schema: S): Promise<z.infer<S>> {
  const body = await readJson(req)
  const result = schema.safeParse(body)
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }))
    throw badRequest(issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues })
  }
  return result.data
}

export function requireUser(req: PayloadRequest): TypedUser {
  if (!req.user) throw unauthorized()
  return req.user
}

/** The `:param` of a custom endpoint's path. */
export function routeParam(req: PayloadRequest, name: string): string {
  const value = req.routeParams?.[name]
  if (typeof value !== 'string' || value === '') throw badRequest(`Missing path parameter "${name}".`)
  return value
}

export const json = (data: unknown, status = 200, headers?: HeadersInit) =>
  Response.json(data, { status, headers })
