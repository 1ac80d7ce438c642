/**
 * The OpenAPI 3.1 document of the running config, served at `/api/openapi.json`.
 *
 * Every endpoint Payload would route is walked in routing order (root, each collection, each global;
 * custom endpoints before Payload's own), so nothing registered can be missing:
 * - endpoints made with `defineEndpoint` are documented from the zod schemas they validate with;
 * - Payload's own REST routes (CRUD, versions, auth, uploads) from the collection's fields;
 * - anything else (another plugin's raw endpoint) as a generic operation.
 */
import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

import { z } from 'zod'

import { type EndpointDoc, endpointDoc } from '../endpoints/define-endpoint'
import { componentName, documentSchema, type JsonSchema, ref } from './fields'

type Operation = Record<string, unknown>
type Owner = { kind: 'root' } | { kind: 'collection'; config: SanitizedCollectionConfig } | { kind: 'global'; config: SanitizedGlobalConfig }

export type OpenApiDocument = {
  openapi: string
  info: Record<string, unknown>
  servers: { url: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
  tags: { name: string; description?: string }[]
  security?: Record<string, string[]>[]
}

/** Express-style `/:id/pdf`, `/access/:id?` → OpenAPI path templates (an optional parameter gives two paths). */
export function openApiPaths(path: string): string[] {
  const optional = /\/:(\w+)\?$/.exec(path)
  const template = (p: string) => (p.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '')
  if (optional) return [template(path.slice(0, optional.index)), template(path.replace(/\?$/, ''))]
  return [template(path)]
}

/** The `/api`-relative prefix of an owner's endpoints. */
export const ownerPrefix = (owner: Owner): string =>
  owner.kind === 'root' ? '' : owner.kind === 'collection' ? `/${owner.config.slug}` : `/globals/${owner.config.slug}`

/** zod → JSON Schema with zod's own converter; refinements and transforms that JSON Schema cannot say are left out. */
export function zodSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const s = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema
  delete s.$schema
  return s
}

const ERROR_RESPONSE = { $ref: '#/components/responses/Error' }
const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const ok = (schema: JsonSchema, description = 'OK') => ({ description, content: json(schema) })
const idParam = (name = 'id') => ({ name, in: 'path', required: true, schema: { type: 'integer', minimum: 1 } })

const QUERY = {
  depth: { name: 'depth', in: 'query', description: 'How deep relationships are populated (default 2).', schema: { type: 'integer', minimum: 0, maximum: 10 } },
  locale: { name: 'locale', in: 'query', description: 'fr, en, or * for every locale.', schema: { type: 'string', enum: ['fr', 'en', '*'] } },
  fallbackLocale: { name: 'fallback-locale', in: 'query', schema: { type: 'string' } },
  where: {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Filters, e.g. `where[status][equals]=published` (only through fields the caller may read).',
    schema: { type: 'object', additionalProperties: true },
  },
  select: { name: 'select', in: 'query', style: 'deepObject', explode: true, description: 'Fields to return, e.g. `select[title]=true`.', schema: { type: 'object', additionalProperties: true } },
  limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
  page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  sort: { name: 'sort', in: 'query', description: 'A field name; `-` before it for descending.', schema: { type: 'string' } },
  draft: { name: 'draft', in: 'query', description: 'Read or write the draft (collections with drafts).', schema: { type: 'boolean' } },
}
const readParams = [QUERY.depth, QUERY.locale, QUERY.fallbackLocale, QUERY.select]
const listParams = [QUERY.where, QUERY.limit, QUERY.page, QUERY.sort, ...readParams]

const listOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
  required: ['docs', 'totalDocs', 'limit', 'page', 'hasPrevPage', 'hasNextPage'],
})

const versionOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: { id: { type: 'integer' }, parent: { anyOf: [{ type: 'integer' }, { type: 'object' }] }, version: item, createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' }, latest: { type: ['boolean', 'null'] }, autosave: { type: ['boolean', 'null'] } },
})

const messageAnd = (doc: JsonSchema): JsonSchema => ({ type: 'object', properties: { doc, message: { type: 'string' } } })
const bulkAnswer = (doc: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: { docs: { type: 'array', items: doc }, errors: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, message: { type: 'string' } } } }, message: { type: 'string' } },
})
const ACCESS_ANSWER: JsonSchema = { type: 'object', description: 'What the caller may do (per operation, per field).', additionalProperties: true }

const body = (schema: JsonSchema, multipart = false) => ({
  required: true,
  content: multipart
    ? {
        'multipart/form-data': {
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, _payload: { type: 'string', description: 'The other fields, as JSON.' } }, required: ['file'] },
        },
        ...json(schema),
      }
    : json(schema),
})

/** Payload's own collection routes, by `method path`. */
function collectionOperation(c: SanitizedCollectionConfig, method: string, path: string): Operation | undefined {
  const name = componentName(c.slug)
  const doc = ref(name)
  const create = ref(`${name}Create`)
  const update = ref(`${name}Update`)
  const drafts = c.versions && typeof c.versions === 'object' && c.versions.drafts ? [QUERY.draft] : []
  const upload = Boolean(c.upload)
  const routes: Record<string, () => Operation> = {
    'get /': () => ({ summary: `List ${c.slug}`, parameters: [...listParams, ...drafts], responses: { 200: ok(ref(`${name}List`)) } }),
    'post /': () => ({ summary: `Create one of ${c.slug}`, parameters: [QUERY.depth, QUERY.locale, ...drafts], requestBody: body(create, upload), responses: { 201: ok(messageAnd(doc), 'Created') } }),
    'patch /': () => ({ summary: `Update every ${c.slug} document matching \`where\``, parameters: [QUERY.where, QUERY.depth, QUERY.locale, ...drafts], requestBody: body(update), responses: { 200: ok(bulkAnswer(doc)) } }),
    'delete /': () => ({ summary: `Delete every ${c.slug} document matching \`where\``, parameters: [QUERY.where, QUERY.depth], responses: { 200: ok(bulkAnswer(doc)) } }),
    'get /count': () => ({ summary: `Count ${c.slug}`, parameters: [QUERY.where, QUERY.locale], responses: { 200: ok({ type: 'object', properties: { totalDocs: { type: 'integer' } }, required: ['totalDocs'] }) } }),
    'get /:id': () => ({ summary: `Read one of ${c.slug}`, parameters: [idParam(), ...readParams, ...drafts], responses: { 200: ok(doc) } }),
    'patch /:id': () => ({ summary: `Update one of ${c.slug}`, parameters: [idParam(), QUERY.depth, QUERY.locale, ...drafts], requestBody: body(update, upload), responses: { 200: ok(messageAnd(doc)) } }),
    'delete /:id': () => ({ summary: `Delete one of ${c.slug}`, parameters: [idParam(), QUERY.depth], responses: { 200: ok(messageAnd(doc)) } }),
    'post /:id/duplicate': () => ({ summary: `Duplicate one of ${c.slug}`, parameters: [idParam(), QUERY.locale], responses: { 201: ok(messageAnd(doc), 'Created') } }),
    'post /access': () => ({ summary: `What the caller may do with ${c.slug}`, responses: { 200: ok(ACCESS_ANSWER) } }),
    'post /access/:id': () => ({ summary: `What the caller may do with one of ${c.slug}`, parameters: [idParam()], responses: { 200: ok(ACCESS_ANSWER) } }),
    'get /versions': () => ({ summary: `List versions of ${c.slug}`, parameters: listParams, responses: { 200: ok(listOf(versionOf(doc))) } }),
    'get /versions/:id': () => ({ summary: `Read a version of one of ${c.slug}`, parameters: [idParam(), QUERY.depth, QUERY.locale], responses: { 200: ok(versionOf(doc)) } }),
    'post /versions/:id': () => ({ summary: `Restore a version of one of ${c.slug}`, parameters: [idParam(), QUERY.depth], responses: { 200: ok(messageAnd(doc)) } }),
  }
  if (c.auth) {
    const credentials = { type: 'object', properties: { email: { type: 'string', format: 'email' }, password: { type: 'string', format: 'password' } }, required: ['email', 'password'] }
    const session = { type: 'object', properties: { user: doc, token: { type: 'string' }, exp: { type: 'integer' }, message: { type: 'string' } } }
    const message = { type: 'object', properties: { message: { type: 'string' } } }
    Object.assign(routes, {
      'post /login': () => ({ summary: 'Log in: sets the session cookie and returns a JWT', security: [], requestBody: body(credentials), responses: { 200: ok(session) } }),
      'post /logout': () => ({ summary: 'Log out (clears the session cookie)', responses: { 200: ok(message) } }),
      'get /me': () => ({ summary: 'The logged-in user (null when anonymous)', responses: { 200: ok({ type: 'object', properties: { user: { anyOf: [doc, { type: 'null' }] }, token: { type: 'string' }, exp: { type: 'integer' }, collection: { type: 'string' } } }) } }),
      'post /refresh-token': () => ({ summary: 'A fresh JWT for the current session', responses: { 200: ok({ type: 'object', properties: { user: doc, refreshedToken: { type: 'string' }, exp: { type: 'integer' } } }) } }),
      'post /forgot-password': () => ({ summary: 'Send a password-reset e-mail (same answer whether the address exists or not)', security: [], requestBody: body({ type: 'object', properties: { email: { type: 'string', format: 'email' } }, required: ['email'] }), responses: { 200: ok(message) } }),
      'post /reset-password': () => ({ summary: 'Set a new password with the e-mailed token', security: [], requestBody: body({ type: 'object', properties: { token: { type: 'string' }, password: { type: 'string', format: 'password' } }, required: ['token', 'password'] }), responses: { 200: ok(session) } }),
      'post /verify/:id': () => ({ summary: 'Verify an e-mail address with the e-mailed token', security: [], parameters: [{ name: 'id', in: 'path', required: true, description: 'The verification token.', schema: { type: 'string' } }], responses: { 200: ok(message) } }),
      'post /unlock': () => ({ summary: 'Unlock an account locked after failed logins (administrators)', requestBody: body({ type: 'object', properties: { email: { type: 'string', format: 'email' } }, required: ['email'] }), responses: { 200: ok(message) } }),
      'post /first-register': () => ({ summary: 'Create the first user (only while there is none)', security: [], requestBody: body(create), responses: { 200: ok(session) } }),
      'get /init': () => ({ summary: 'Whether a first user exists', security: [], responses: { 200: ok({ type: 'object', properties: { initialized: { type: 'boolean' } } }) } }),
    })
  }
  if (upload) {
    Object.assign(routes, {
      'get /file/:filename': () => ({
        summary: `Download a stored file of ${c.slug}`,
        parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
      }),
      'get /paste-url': () => ({ summary: 'Fetch a file from a URL for upload (admin)', responses: { 200: { description: 'The file' } } }),
      'get /paste-url/:id': () => ({ summary: 'Fetch a file from a URL to replace a stored one (admin)', parameters: [idParam()], responses: { 200: { description: 'The file' } } }),
    })
  }
  return routes[`${method} ${path}`]?.()
}

/** Payload's own global routes. */
function globalOperation(g: SanitizedGlobalConfig, method: string, path: string): Operation | undefined {
  const name = componentName(g.slug)
  const routes: Record<string, () => Operation> = {
    'get /': () => ({ summary: `Read the ${g.slug} global`, parameters: readParams, responses: { 200: ok(ref(name)) } }),
    'post /': () => ({ summary: `Update the ${g.slug} global`, parameters: [QUERY.depth, QUERY.locale], requestBody: body(ref(`${name}Update`)), responses: { 200: ok(messageAnd(ref(name))) } }),
    'post /access': () => ({ summary: `What the caller may do with the ${g.slug} global`, responses: { 200: ok(ACCESS_ANSWER) } }),
    'get /versions': () => ({ summary: `List versions of the ${g.slug} global`, parameters: listParams, responses: { 200: ok(listOf(versionOf(ref(name)))) } }),
    'get /versions/:id': () => ({ summary: `Read a version of the ${g.slug} global`, parameters: [idParam()], responses: { 200: ok(versionOf(ref(name))) } }),
    'post /versions/:id': () => ({ summary: `Restore a version of the ${g.slug} global`, parameters: [idParam()], responses: { 200: ok(messageAnd(ref(name))) } }),
  }
  return routes[`${method} ${path}`]?.()
}

function rootOperation(method: string, path: string): Operation | undefined {
  if (method === 'get' && path === '/access') return { summary: 'What the caller may do, for every collection and global', responses: { 200: ok(ACCESS_ANSWER) } }
  return undefined
}

/** A `defineEndpoint` endpoint, from its zod schemas. */
function customOperation(doc: EndpointDoc, params: string[]): Operation {
  const op: Operation = {}
  if (doc.summary) op.summary = doc.summary
  if (doc.description) op.description = doc.description
  const parameters: unknown[] = []
  const paramSchemas = doc.params ? ((zodSchema(doc.params, 'input').properties ?? {}) as Record<string, JsonSchema>) : {}
  for (const p of params) parameters.push({ name: p, in: 'path', required: true, schema: paramSchemas[p] ?? { type: 'string' } })
  if (doc.query) {
    const q = zodSchema(doc.query, 'input')
    const required = new Set((q.required as string[] | undefined) ?? [])
    for (const [name, schema] of Object.entries((q.properties ?? {}) as Record<string, JsonSchema>)) {
      const { description, ...rest } = schema
      parameters.push({ name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest })
    }
  }
  if (parameters.length) op.parameters = parameters
  if (doc.body) op.requestBody = { required: true, content: json(zodSchema(doc.body, 'input')) }
  else if (doc.consumes) op.requestBody = { required: false, content: { [doc.consumes]: { schema: {} } } }
  const status = String(doc.status ?? 200)
  const content = doc.produces
    ? { [doc.produces]: { schema: doc.produces.startsWith('application/pdf') ? { type: 'string', format: 'binary' } : doc.produces.includes('json') ? { type: 'object' } : { type: 'string' } } }
    : json(doc.response ? zodSchema(doc.response, 'output') : { type: 'object', additionalProperties: true })
  op.responses = { [status]: { description: 'OK', content } }
  if (doc.auth === 'user') op.security = [{ bearerAuth: [] }, { cookieAuth: [] }, { apiKey: [] }]
  else if (doc.auth === 'public') op.security = []
  if (doc.tags) op.tags = doc.tags
  return op
}

/** Another plugin's raw endpoint: present, with what can be said of it. */
const genericOperation = (params: string[]): Operation => ({
  summary: 'Custom endpoint (no schema declared)',
  ...(params.length ? { parameters: params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })) } : {}),
  responses: { 200: { description: 'OK', content: { 'application/json': { schema: {} } } } },
})

const paramsOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
const shapeOf = (template: string) => template.replace(/\{\w+\}/g, '{}')

export type DocumentOptions = { title?: string; version?: string; apiRoute?: string; graphQL?: boolean }

export function buildOpenApiDocument(config: SanitizedConfig, options: DocumentOptions = {}): OpenApiDocument {
  const apiRoute = options.apiRoute ?? config.routes.api
  const paths: OpenApiDocument['paths'] = {}
  const schemas: Record<string, JsonSchema> = {}
  const tags = new Map<string, string | undefined>()
  const byShape = new Map<string, string>()
  const operationIds = new Set<string>()

  const operationId = (method: string, template: string) => {
    const words = `${method} ${template}`.replace(/[{}]/g, '').split(/[^a-zA-Z0-9]+/).filter(Boolean)
    const base = words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('')
    let id = base
    for (let n = 2; operationIds.has(id); n++) id = `${base}${n}`
    operationIds.add(id)
    return id
  }

  const add = (owner: Owner, endpoint: Endpoint) => {
    const prefix = ownerPrefix(owner)
    const defaultTag = owner.kind === 'root' ? (endpoint.path.split('/').filter(Boolean)[0] ?? 'root') : owner.config.slug
    const variants = openApiPaths(endpoint.path)
    for (const [i, variant] of variants.entries()) {
      let template = `${prefix}${variant}` || '/'
      // an equivalent template already documented (`/{key}` vs `/{id}`): the same path, whose first names win
      const existing = byShape.get(shapeOf(template))
      if (existing) template = existing
      else byShape.set(shapeOf(template), template)
      const item = (paths[template] ??= {})
      if (item[endpoint.method]) continue // shadowed: Payload routes the first match
      const params = paramsOf(template)
      // the route as Payload declares it, for the table lookups (`/access/:id?` → `/access`, `/access/:id`)
      const declared = variants.length > 1 ? (i === 0 ? endpoint.path.replace(/\/:\w+\?$/, '') || '/' : endpoint.path.replace(/\?$/, '')) : endpoint.path
      const doc = endpointDoc(endpoint)
      let op: Operation | undefined
      if (doc) op = customOperation(doc, params)
      else if (owner.kind === 'collection') op = collectionOperation(owner.config, endpoint.method, declared)
      else if (owner.kind === 'global') op = globalOperation(owner.config, endpoint.method, declared)
      else op = rootOperation(endpoint.method, declared)
      op ??= genericOperation(params)
      // Payload's routes name their parameters; a template shared with another route keeps its own names
      if (op.parameters) {
        const names = paramsOf(template)
        let k = 0
        op.parameters = (op.parameters as { in: string; name: string }[]).map((p) => (p.in === 'path' ? { ...p, name: names[k++] ?? p.name } : p))
      }
      op.operationId = operationId(endpoint.method, template)
      op.tags ??= [defaultTag]
      for (const t of op.tags as string[]) if (!tags.has(t)) tags.set(t, undefined)
      ;(op.responses as Record<string, unknown>).default = ERROR_RESPONSE
      item[endpoint.method] = op
    }
  }

  for (const endpoint of config.endpoints || []) add({ kind: 'root' }, endpoint)
  for (const collection of config.collections) {
    if (collection.endpoints === false) continue
    const name = componentName(collection.slug)
    schemas[name] = documentSchema(collection, 'output', 'collection')
    schemas[`${name}Create`] = documentSchema(collection, 'create', 'collection')
    schemas[`${name}Update`] = documentSchema(collection, 'update', 'collection')
    schemas[`${name}List`] = listOf(ref(name))
    tags.set(collection.slug, collection.slug.startsWith('payload-') ? 'Payload internals (administrators)' : undefined)
    for (const endpoint of collection.endpoints || []) add({ kind: 'collection', config: collection }, endpoint)
  }
  for (const global of config.globals) {
    if (global.endpoints === false) continue
    const name = componentName(global.slug)
    schemas[name] = documentSchema(global, 'output', 'global')
    schemas[`${name}Update`] = documentSchema(global, 'update', 'global')
    tags.set(global.slug, undefined)
    for (const endpoint of global.endpoints || []) add({ kind: 'global', config: global }, endpoint)
  }
  // served by the express app, outside Payload's router
  if (options.graphQL !== false) {
    paths[config.routes.graphQL] = {
      post: {
        operationId: 'graphql',
        tags: ['graphql'],
        summary: 'GraphQL: the same collections and access rules as REST',
        requestBody: { required: true, content: json({ type: 'object', properties: { query: { type: 'string' }, variables: { type: 'object', additionalProperties: true }, operationName: { type: 'string' } }, required: ['query'] }) },
        responses: { 200: ok({ type: 'object', properties: { data: {}, errors: { type: 'array', items: { type: 'object' } } } }), default: ERROR_RESPONSE },
      },
    }
    tags.set('graphql', undefined)
  }
  paths['/openapi.json'] = {
    get: { operationId: 'openapi', tags: ['documentation'], summary: 'This document', security: [], responses: { 200: ok({ type: 'object' }) } },
  }
  tags.set('documentation', 'Interactive reference at /api/docs')

  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'Vibe Platform API',
      version: options.version ?? '1.0.0',
      description:
        'REST API of every enabled plugin, generated from the running configuration. Authenticate with `POST /users/login` ' +
        '(session cookie, or the returned token as `Authorization: JWT <token>`), or an API key (`Authorization: users API-Key <key>`).',
    },
    servers: [{ url: apiRoute }],
    security: [{}, { bearerAuth: [] }, { cookieAuth: [] }, { apiKey: [] }],
    tags: [...tags].map(([name, description]) => (description ? { name, description } : { name })),
    paths,
    components: {
      schemas: {
        ...schemas,
        Error: {
          type: 'object',
          properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, name: { type: 'string' }, data: {} }, required: ['message'] } } },
          required: ['errors'],
        },
      },
      responses: { Error: { description: 'Refused: the message says why (400 bad input, 401/403 access, 404, 409 state, 429 rate limit, 503 retry later).', content: json(ref('Error')) } },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The token from /users/login (`Authorization: Bearer <token>` or `JWT <token>`).' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: `${config.cookiePrefix}-token` },
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`users API-Key <key>`' },
      },
    },
  }
}
