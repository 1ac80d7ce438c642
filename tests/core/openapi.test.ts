/**
 * API documentation: the OpenAPI document of the running server is valid OpenAPI 3.1, lists every
 * endpoint Payload would route (collections, globals, auth, custom), documents custom endpoints from
 * the zod schemas they validate with, leaves out what access hides; the reference page loads
 * nothing from another origin; the typed client generated from the document works against the
 * server and is current.
 */
import type { Endpoint, Field } from 'payload'

import { compileErrors, validate } from '@readme/openapi-parser'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { example } from '../../clients/typescript/example'
import { generateClientTypes } from '../../clients/typescript/generate'
import { endpointDoc } from '../../src/endpoints/define-endpoint'
import { openApiPaths, zodSchema } from '../../src/openapi/document'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

let t: TestServer
let doc: any

beforeAll(async () => {
  t = await startTestServer()
  const res = await fetch(`${t.url}/api/openapi.json`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/json')
  doc = await res.json()
})
afterAll(async () => {
  await t?.close()
})

type Owner = { prefix: string; endpoints: Endpoint[] | false | undefined; label: string }

const owners = (): Owner[] => [
  { prefix: '', endpoints: t.payload.config.endpoints, label: 'root' },
  ...t.payload.config.collections.map((c) => ({ prefix: `/${c.slug}`, endpoints: c.endpoints, label: c.slug })),
  ...t.payload.config.globals.map((g) => ({ prefix: `/globals/${g.slug}`, endpoints: g.endpoints, label: `globals/${g.slug}` })),
]

const shape = (p: string) => p.replace(/\{[^}]+\}/g, '{}')

/** The documented operation for a registered route (path templates compared without parameter names). */
function documented(template: string, method: string) {
  const key = Object.keys(doc.paths).find((p) => shape(p) === shape(template))
  return key ? doc.paths[key][method] : undefined
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(doc))
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('documents every endpoint the server routes: collection and global CRUD, versions, auth, uploads, custom', () => {
    const missing: string[] = []
    let count = 0
    for (const owner of owners()) {
      for (const endpoint of owner.endpoints || []) {
        for (const variant of openApiPaths(endpoint.path)) {
          count++
          if (!documented(`${owner.prefix}${variant}` || '/', endpoint.method)) missing.push(`${endpoint.method.toUpperCase()} ${owner.prefix}${endpoint.path} (${owner.label})`)
        }
      }
    }
    expect(missing).toEqual([])
    expect(count).toBeGreaterThan(300)
    // a sample of each kind, by name
    expect(documented('/users/login', 'post')).toBeDefined()
    expect(documented('/users/me', 'get')).toBeDefined()
    expect(documented('/courses/{id}', 'patch')).toBeDefined()
    expect(documented('/courses/versions', 'get')).toBeDefined()
    expect(documented('/media/file/{filename}', 'get')).toBeDefined()
    expect(documented('/orders/{id}/transition', 'post')).toBeDefined()
    expect(documented('/delivery/driver/offers', 'get')).toBeDefined()
    expect(documented('/graphql', 'post')).toBeDefined()
    // a collection without REST routes is not documented as if it had them
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/payload-migrations'))).toBe(false)
  })

  it('documents each custom endpoint with the zod schemas it validates with', () => {
    let bodies = 0
    let queries = 0
    for (const owner of owners()) {
      for (const endpoint of owner.endpoints || []) {
        const declared = endpointDoc(endpoint)
        if (!declared) continue
        const op = documented(`${owner.prefix}${openApiPaths(endpoint.path).at(-1)}` || '/', endpoint.method)
        if (declared.body) {
          bodies++
          expect(op.requestBody.content['application/json'].schema, `${owner.prefix}${endpoint.path}`).toEqual(zodSchema(declared.body, 'input'))
        }
        if (declared.query) {
          queries++
          const properties = zodSchema(declared.query, 'input').properties as Record<string, object>
          const names = op.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name)
          expect(names.sort()).toEqual(Object.keys(properties).sort())
        }
        if (declared.auth === 'user') expect(op.security, `${owner.prefix}${endpoint.path}`).not.toContainEqual({})
      }
    }
    expect(bodies).toBeGreaterThan(10)
    expect(queries).toBeGreaterThan(3)
    // the document and the validation are one: what the schema refuses, the endpoint refuses
    const register = documented('/users/register', 'post').requestBody.content['application/json'].schema
    expect(register.properties.password.minLength).toBe(8)
    expect(register.additionalProperties).toBe(false)
  })

  it('documents the bookings, events, subscriptions, social and images endpoints from their schemas', () => {
    const body = (template: string, method = 'post') => documented(template, method)?.requestBody?.content['application/json'].schema
    const checkIn = body('/bookings/check-in')
    expect(checkIn.properties.code).toMatchObject({ type: 'string', minLength: 8, maxLength: 64 })
    expect(checkIn.additionalProperties).toBe(false)
    const schedule = body('/social/schedule')
    expect(schedule.properties).toHaveProperty('accountIds')
    expect(schedule.properties).toHaveProperty('scheduledAt')
    expect(body('/bookings/register').required).toEqual(expect.arrayContaining(['collection', 'id']))
    expect(body('/subscriptions/subscribe').required).toEqual(expect.arrayContaining(['plan', 'provider']))
    expect(body('/images/generate').properties).toHaveProperty('prompt')
    expect(body('/events/{id}/reject').required).toEqual(['reason'])
    const nearby = documented('/events/nearby', 'get').parameters.filter((p: { in: string }) => p.in === 'query')
    expect(nearby.find((p: { name: string }) => p.name === 'lat')).toMatchObject({ required: true })
    expect(documented('/bookings/registrations/{id}/ticket.png', 'get').responses['200'].content).toHaveProperty('image/png')
    expect(documented('/me/calendar.ics', 'get').responses['200'].content).toHaveProperty('text/calendar')
    // none of them is left as an undocumented raw endpoint
    const raw = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>)
      .filter(([p]) => /^\/(bookings|events|subscriptions|social|images|me\/calendar)/.test(p))
      .flatMap(([p, ops]) => Object.entries(ops).filter(([, op]) => op.summary === 'Custom endpoint (no schema declared)').map(([m]) => `${m} ${p}`))
    expect(raw).toEqual([])
  })

  it('refuses what the documented schemas refuse', async () => {
    const short = await t.api.post('/api/users/register', { email: 'someone@test.local', password: 'short' })
    expect(short.status).toBe(400)
    expect(short.body.errors[0].message).toMatch(/^password: /)
    const extra = await t.api.post('/api/users/register', { email: 'someone@test.local', password: 'long-enough-1', roles: ['admin'] })
    expect(extra.status).toBe(400)
    const nearby = documented('/restaurants/nearby', 'get')
    expect(nearby.parameters.find((p: { name: string }) => p.name === 'lat')).toMatchObject({ in: 'query', required: true })
    const noLat = await t.api.get('/api/restaurants/nearby?lng=2')
    expect(noLat.status).toBe(400)
    expect(noLat.body.errors[0].message).toContain('lat')
  })

  it('leaves out what access hides: hidden fields are absent, read-restricted fields optional', () => {
    const users = doc.components.schemas.Users
    for (const secret of ['password', 'salt', 'hash', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'loginAttempts', 'lockUntil']) {
      expect(users.properties, secret).not.toHaveProperty(secret)
    }
    // the password is accepted on create, never returned
    expect(doc.components.schemas.UsersCreate.properties.password).toMatchObject({ writeOnly: true })
    // every top-level hidden field of every collection is absent from its schema; read-restricted ones are optional
    for (const collection of t.payload.config.collections) {
      const schema = doc.components.schemas[collection.slug.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('')]
      if (collection.endpoints === false) continue
      expect(schema, collection.slug).toBeDefined()
      for (const field of collection.fields as (Field & { name?: string; hidden?: boolean; access?: { read?: unknown } })[]) {
        if (!field.name) continue
        if (field.hidden) expect(schema.properties, `${collection.slug}.${field.name}`).not.toHaveProperty(field.name)
        if (field.access?.read) expect(schema.required ?? [], `${collection.slug}.${field.name}`).not.toContain(field.name)
      }
    }
  })
})

describe('GET /api/docs', () => {
  it('serves the interactive reference from this origin only', async () => {
    for (const docsPath of ['/api/docs', '/api/docs/']) {
      const res = await fetch(`${t.url}${docsPath}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/html')
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/https?:/)
      const html = await res.text()
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], `${t.url}${docsPath}`))
      expect(urls.length).toBeGreaterThanOrEqual(3)
      for (const url of urls) {
        expect(url.origin, url.href).toBe(t.url)
        const asset = await fetch(url)
        expect(asset.status, url.href).toBe(200)
        const body = await asset.text()
        // nothing the assets load by themselves comes from elsewhere either (stylesheet imports, fonts)
        if (url.pathname.endsWith('.css')) expect(body).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//)
        if (url.pathname.endsWith('init.js')) {
          expect(body).toContain('validatorUrl: null')
          expect(body).toContain('"/api/openapi.json"')
        }
      }
    }
  })

  it('serves only the files the page needs', async () => {
    expect((await fetch(`${t.url}/api/docs/assets/index.html`)).status).toBe(404)
    expect((await fetch(`${t.url}/api/docs/assets/..%2Fpackage.json`)).status).toBe(404)
  })
})

describe('typed client (clients/typescript)', () => {
  it('runs its example against the server', async () => {
    const user = await createUser(t.payload, { roles: ['customer'] })
    const result = await example(`${t.url}/api`, user.email, PASSWORD)
    expect(result).toMatchObject({ userId: user.id, meEmail: user.email, nearbyStatus: 200, refusedStatus: 400 })
    expect(result.refusedMessage).toContain('email')
  })

  it('is generated from the current document (run `npm run generate:client` after changing a schema)', async () => {
    const committed = fs.readFileSync(path.resolve('clients/typescript/schema.d.ts'), 'utf8')
    expect((await generateClientTypes(doc)) === committed).toBe(true)
  })
})
