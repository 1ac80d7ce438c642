/**
 * Revoked access ends at once.
 *
 * - Every auth strategy (JWT header or cookie, API key, custom ones) is wrapped: a user whose
 *   `active` is false is nobody. The check reads the row each strategy loads anyway: no extra query.
 * - JWTs are bound to a session (`useSessions`): the JWT strategy accepts a token only while its
 *   `sid` is in the user's `sessions`. Deactivation, a password change and a password reset delete
 *   sessions (hooks in ./hooks/end-sessions.ts), so the tokens that carry them stop working.
 * - A request that presents a credential (JWT, API key, session cookie) that authenticates nobody
 *   is answered 401, on REST and GraphQL, before the operation runs; it is not served as anonymous.
 *   The login, logout, refresh, me, password and verification routes keep Payload's behaviour, so
 *   that a browser holding a dead cookie can still log in again, and so do upload files (see below).
 */
import type { Endpoint, Payload, PayloadRequest, SanitizedConfig } from 'payload'

import { Kind, parse } from 'graphql'
import { parseCookies } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

/** Routes of an auth collection that must work with a dead credential (they end or replace it). */
const AUTH_FLOW_PATHS = new Set([
  '/login',
  '/logout',
  '/refresh-token',
  '/me',
  '/first-register',
  '/init',
  '/forgot-password',
  '/reset-password',
  '/verify/:token',
  '/unlock',
  '/register',
])
/**
 * Upload files (`<img src>`): a page that loads many at once with a dead cookie gets them as anonymous
 * (public files only) instead of a burst of 401s; the API calls of that page get the 401 that expires it.
 */
const FILE_PATHS = new Set(['/file/:filename'])
/**
 * Routes that authenticate their callers themselves: provider webhooks (signature, token in the body,
 * re-reading the status) and Payload's jobs runner (its own access check, e.g. a cron secret). An
 * `Authorization` header there is not one of our credentials.
 */
const SELF_AUTHENTICATED = (path: string) => path.startsWith('/webhooks/') || path === '/run'
/** Root routes the admin calls while it works out who is logged in. */
const ROOT_FLOW_PATHS = new Set(['/access'])

export const REVOKED_CREDENTIALS_MESSAGE = 'Your credentials are no longer valid (expired, logged out, revoked or account deactivated). Log in again.'

/** Whether the request carries a credential: `JWT`/`Bearer` or `<collection> API-Key` authorization, or the session cookie. */
export function presentsCredentials(headers: Headers, payload: Pick<Payload, 'config'>): boolean {
  const authorization = headers.get('authorization')?.trim()
  if (authorization) {
    if (/^(JWT|Bearer)\s+\S/i.test(authorization)) return true
    if (/^\S+ API-Key \S/.test(authorization)) return true
  }
  const cookie = parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)
  return Boolean(cookie)
}

/** True when a credential was presented and no user came out of it. */
export const credentialsRejected = (req: Pick<PayloadRequest, 'headers' | 'payload' | 'user'>): boolean =>
  !req.user && presentsCredentials(req.headers, req.payload)

export const isDeactivated = (user: unknown): boolean =>
  Boolean(user) && (user as { collection?: string }).collection === 'users' && (user as { active?: unknown }).active === false

/**
 * The 401 for a dead credential, in Payload's error shape (GraphQL's with `graphql`). A dead session
 * cookie is expired in the answer, so that the browser stops sending it.
 */
export function revokedCredentialsResponse(req: Pick<PayloadRequest, 'headers' | 'payload'>, { graphql = false } = {}): Response {
  const headers = new Headers({ 'WWW-Authenticate': 'JWT' })
  const { payload } = req
  if (parseCookies(req.headers).get(`${payload.config.cookiePrefix}-token`)) {
    const users = payload.collections.users?.config.auth
    if (users) headers.append('Set-Cookie', generateExpiredPayloadCookie({ collectionAuthConfig: users, cookiePrefix: payload.config.cookiePrefix }) as string)
  }
  const error = graphql
    ? { message: REVOKED_CREDENTIALS_MESSAGE, extensions: { name: 'UnauthorizedError', statusCode: 401 } }
    : { message: REVOKED_CREDENTIALS_MESSAGE }
  return Response.json({ errors: [error] }, { status: 401, headers })
}

const WRAPPED = Symbol.for('vibe.revocation.wrapped')
type Marked = { [WRAPPED]?: true }

/** Makes every auth strategy of this Payload instance refuse deactivated users. Idempotent. */
export function refuseDeactivatedUsers(payload: Payload): void {
  payload.authStrategies = payload.authStrategies.map((strategy) => {
    if ((strategy as Marked)[WRAPPED]) return strategy
    const authenticate: typeof strategy.authenticate = async (args) => {
      const result = await strategy.authenticate(args)
      return isDeactivated(result.user) ? { ...result, user: null } : result
    }
    return Object.assign({ ...strategy, authenticate }, { [WRAPPED]: true as const })
  })
}

function guardEndpoint(endpoint: Endpoint): void {
  if ((endpoint.handler as Marked)[WRAPPED]) return
  const original = endpoint.handler
  const handler: Endpoint['handler'] = async (req) => {
    if (credentialsRejected(req)) return revokedCredentialsResponse(req)
    return original(req)
  }
  // keeps the handler's name: the anonymous read cache tells Payload's own read handlers from custom ones by it
  Object.defineProperty(handler, 'name', { value: original.name })
  endpoint.handler = Object.assign(handler, { [WRAPPED]: true as const })
}

/** Where an endpoint lives: at the root of the API, or in a collection (auth, upload) or a global. */
export type EndpointOwner = { kind: 'root' } | { kind: 'collection'; auth?: boolean; upload?: boolean } | { kind: 'global' }

/** Whether a dead credential is refused (401) on this endpoint, rather than left to Payload. */
export function refusesDeadCredentials(path: string, owner: EndpointOwner): boolean {
  if (SELF_AUTHENTICATED(path)) return false
  if (owner.kind === 'root') return !ROOT_FLOW_PATHS.has(path)
  if (owner.kind === 'collection') return !(owner.auth && AUTH_FLOW_PATHS.has(path)) && !(owner.upload && FILE_PATHS.has(path))
  return true
}

/** Wraps the REST endpoints (Payload's own and custom ones) with the 401 for rejected credentials. Idempotent. */
export function guardEndpoints(config: SanitizedConfig): void {
  const guard = (endpoints: Endpoint[] | false | undefined, owner: EndpointOwner) => {
    for (const endpoint of endpoints || []) if (refusesDeadCredentials(endpoint.path, owner)) guardEndpoint(endpoint)
  }
  guard(config.endpoints, { kind: 'root' })
  for (const collection of config.collections) guard(collection.endpoints, { kind: 'collection', auth: Boolean(collection.auth), upload: Boolean(collection.upload) })
  for (const global of config.globals) guard(global.endpoints, { kind: 'global' })
}

/** Payload's GraphQL auth operations (`loginUser`, `meUser`, `refreshTokenUser`, …) and the `Access` query. */
const GRAPHQL_AUTH_FLOW = /^(?:(?:login|logout|refreshToken|forgotPassword|resetPassword|verifyEmail|unlock|me|initialized)[A-Z]\w*|Access|__typename)$/

/**
 * Whether a GraphQL body only asks for auth operations (log in again, log out, who am I), which must
 * work with a dead cookie. An unreadable body is not: the 401 stands.
 */
export function isGraphqlAuthFlow(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown }
  if (typeof query !== 'string') return false
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    const operation = typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations[0]
    if (!operation || (typeof operationName !== 'string' && operations.length !== 1)) return false
    return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && GRAPHQL_AUTH_FLOW.test(s.name.value))
  } catch {
    return false
  }
}
