/**
 * Fuzz of every REST route the running config serves — every collection (plugins' and Payload's
 * own), every global, every custom endpoint, read from `payload.config`, so that a plugin added
 * later is covered without touching this file — and of GraphQL, as an admin and anonymously.
 * Junk never gets a 5xx; refused writes store nothing; well-formed queries are not refused.
 */
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { Auth } from '../helpers/client'

import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

// a sweep of every route of every collection: it grows with each plugin (≈1 min on a quiet 2-core machine)
vi.setConfig({ testTimeout: 600_000 })

let t: TestServer
let admin: Auth
const ANON: Auth = {}

beforeAll(async () => {
  t = await startTestServer()
  admin = (await userSession(t.payload, t.api, ['admin'])).auth
})
afterAll(async () => {
  await t?.close()
})
beforeEach(() => {
  failures.length = 0
})

type Route = { method: string; path: string; owner: string }

/** Every REST route: Payload's own and custom endpoints of collections and globals, and the root endpoints. */
function allRoutes(): Route[] {
  const { config } = t.payload
  const api = config.routes.api
  const routes: Route[] = []
  const add = (prefix: string, owner: string, endpoints: unknown) => {
    if (!Array.isArray(endpoints)) return
    for (const e of endpoints as { method: string; path: string }[]) {
      routes.push({ method: e.method.toUpperCase(), owner, path: `${api}${prefix}${e.path.replace(/:[A-Za-z]+\??/g, '1')}`.replace(/\/$/, '') || '/' })
    }
  }
  for (const c of config.collections) {
    // a collection without REST endpoints (payload-migrations) still has its list URL
    if (!c.endpoints) routes.push({ method: 'GET', owner: c.slug, path: `${api}/${c.slug}` })
    add(`/${c.slug}`, c.slug, c.endpoints)
  }
  for (const g of config.globals) add(`/globals/${g.slug}`, `globals/${g.slug}`, g.endpoints)
  add('', 'root', config.endpoints)
  return routes
}

/** Leaf fields with their query paths (named groups, tabs, arrays followed). */
type Leaf = { field: FlattenedField; inList: boolean; path: string }
function leafFields(fields: FlattenedField[], prefix = '', inList = false): Leaf[] {
  const out: Leaf[] = []
  for (const f of fields) {
    const path = `${prefix}${f.name}`
    if (f.type === 'group' || f.type === 'tab') out.push(...leafFields(f.flattenedFields, `${path}.`, inList))
    else if (f.type === 'array') out.push(...leafFields(f.flattenedFields, `${path}.`, true))
    else if (f.type !== 'blocks' && f.type !== 'join') out.push({ field: f, inList, path })
  }
  return out
}

const bodyMethod = (m: string) => m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS'
const nested = (n: number) => '['.repeat(n) + ']'.repeat(n)

/** Runs `fn` over `items`, `n` at a time (a bounded number of requests in flight). */
async function inParallel<T>(items: T[], n: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    }),
  )
}

type Failure = string
const failures: Failure[] = []

async function send(method: string, path: string, auth: Auth, init: { body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {}) {
  const res = await t.api.request(method, path, { auth, ...init })
  if (res.status >= 500) failures.push(`${res.status} ${method} ${path}${auth === ANON ? ' (anonymous)' : ''}: ${res.text.slice(0, 200)}`)
  return res
}

describe('fuzz: junk to every route never gets a 5xx', () => {
  it('covers every collection, global and endpoint of the running config', () => {
    const routes = allRoutes()
    const owners = new Set(routes.map((r) => r.owner))
    for (const c of t.payload.config.collections) expect(owners.has(c.slug), c.slug).toBe(true)
    for (const g of t.payload.config.globals) expect(owners.has(`globals/${g.slug}`), g.slug).toBe(true)
    // Payload's own collections and every plugin's are there
    for (const slug of ['users', 'payload-preferences', 'payload-jobs', 'courses', 'orders', 'payments', 'notifications']) expect(owners.has(slug), slug).toBe(true)
    expect(routes.length).toBeGreaterThan(300)
  })

  it('bad list parameters, where operators and NUL bytes on every route', async () => {
    const routes = allRoutes()
    const queries = ['page=-5', 'limit=-1', 'depth=999', 'where[id][near]=1,2,abc,def', 'where[id][all]=x', 'where[createdAt][bogus]=1', 'sort=nope', 'x=%00', 'y=%E0%A4%A', 'page=1.5', 'limit=99999']
    const paths = ['%00', '/%00x', '/%E0%A4']
    const bodies = ['{"a":', `{"a":${nested(10_000)}}`, '"str"']
    // Payload's list routes get every shape; every other route a rotating share of them (bounded time, every route covered)
    const jobs = [admin, ANON].flatMap((auth) => routes.map((r) => ({ auth, r })))
    await inParallel(jobs, 6, async ({ auth, r }, turn) => {
      const list = r.path === `/api/${r.owner}` || r.path === `/api/${r.owner}/count`
      const mine = list ? queries : [0, 5].map((k) => queries[(turn + k) % queries.length])
      for (const q of mine) {
        const res = await send(r.method, `${r.path}?${q}`, auth, bodyMethod(r.method) ? { body: {} } : {})
        // refused before anything else (only a root endpoint has no fields to check a sort against; versions of what keeps none are a 404)
        if (list) expect(res.status, `${r.method} ${r.path}?${q}`).toBe(400)
        else if (!(r.owner === 'root' && q.startsWith('sort='))) expect([400, 404], `${r.method} ${r.path}?${q}`).toContain(res.status)
      }
      const nul = await send(r.method, `${r.path}${paths[turn % paths.length]}`, auth)
      expect(nul.status, `${r.method} ${r.path}${paths[turn % paths.length]}`).toBe(400)
      if (bodyMethod(r.method)) {
        const res = await send(r.method, r.path, auth, { raw: bodies[turn % bodies.length], headers: { 'content-type': 'application/json' } })
        expect(res.status, `${r.method} ${r.path} ${bodies[turn % bodies.length].slice(0, 10)}`).toBeGreaterThanOrEqual(400)
      }
    })
    // the admin (Next) paths too
    for (const path of ['/admin%00', '/admin/collections/users?x=%00', '/%E0%A4']) expect((await send('GET', path, ANON)).status, path).toBe(400)
    expect(failures).toEqual([])
  })

  it('near, all, like and contains on the fields of every collection', async () => {
    for (const c of t.payload.config.collections) {
      const list = `/api/${c.slug}`
      for (const { field, path } of leafFields(c.flattenedFields)) {
        const shapes = [`where[${path}][near]=1,2,abc,def`, `where[${path}][all]=x`]
        if (field.type === 'select' || field.type === 'radio') shapes.push(`where[${path}][like]=x`, `where[${path}][contains]=x`, `where[${path}][equals]=not-an-option`)
        if (field.type === 'number' || field.type === 'date' || field.type === 'relationship' || field.type === 'upload') shapes.push(`where[${path}][equals]=abc`, `where[${path}][like]=abc`)
        for (const q of shapes) {
          const res = await send('GET', `${list}?${q}`, admin)
          if (res.status !== 400) failures.push(`${res.status} (expected 400) GET ${list}?${q}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('well-formed queries on every field are not refused, and get no 5xx', async () => {
    const sample = (f: FlattenedField): string[] => {
      switch (f.type) {
        case 'select':
        case 'radio': {
          const first = (f.options as ({ value: string } | string)[])[0]
          const v = typeof first === 'string' ? first : first.value
          return [`[equals]=${v}`, `[in]=${v}`, `[not_equals]=${v}`]
        }
        case 'number':
          return ['[greater_than]=1', '[in]=1,2', '[equals]=0']
        case 'date':
          return ['[less_than]=2030-01-01T00:00:00.000Z', '[greater_than_equal]=2020-01-01']
        case 'checkbox':
          return ['[equals]=true']
        case 'relationship':
        case 'upload':
          return ['[equals]=1', '[in]=1,2', '[exists]=false']
        case 'json':
        case 'richText':
          return ['[exists]=true']
        case 'point':
          return ['[exists]=true']
        default:
          return ['[like]=ab', '[contains]=ab', '[equals]=ab', '[exists]=true']
      }
    }
    // 200, or Payload's own refusal of a hidden field (hash, salt) or of a collection the admin may not read
    const refusedByGuard = (res: { status: number; text: string }) => res.status === 400 && res.text.includes('Invalid query parameter')
    let turn = 0
    for (const c of t.payload.config.collections) {
      for (const { field, inList, path } of leafFields(c.flattenedFields)) {
        const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
        // one of the samples per field, in turn (bounded time)
        const ops = sample(field)
        for (const op of [ops[turn % ops.length]]) {
          turn++
          const url = `/api/${c.slug}?limit=1&depth=0&where[${polymorphic ? `${path}.value` : path}]${op}`
          const res = await send('GET', url, admin)
          if (refusedByGuard(res)) failures.push(`${res.status} GET ${url}: ${res.text.slice(0, 160)}`)
        }
        // fields in a list or with many values per document cannot be sorted on (refused, tested below)
        if (!inList && !polymorphic && !['json', 'richText', 'point'].includes(field.type) && !('hasMany' in field && field.hasMany)) {
          const res = await send('GET', `/api/${c.slug}?limit=1&depth=0&sort=-${path}`, admin)
          if (refusedByGuard(res)) failures.push(`${res.status} GET /api/${c.slug}?sort=-${path}: ${res.text.slice(0, 160)}`)
        }
      }
    }
    // paths through relationships, `and`/`or`, versions
    for (const url of [
      '/api/menu-items?where[restaurant.name][like]=x',
      '/api/courses?where[or][0][title][like]=a&where[or][1][and][0][price][greater_than]=0&sort=-createdAt,title',
      '/api/courses/versions?where[version.title][like]=a&where[latest][equals]=true&limit=5',
      '/api/users?limit=0&where[roles][in]=admin,editor&page=1&depth=2',
      '/api/payload-preferences?where[user.relationTo][equals]=users&where[key][like]=x',
    ]) {
      const res = await send('GET', url, admin)
      if (res.status !== 200) failures.push(`${res.status} GET ${url}: ${res.text.slice(0, 160)}`)
    }
    for (const url of ['/api/orders?sort=items.quantity', '/api/orders?sort=items.optionLabels', '/api/courses?sort=description']) {
      const res = await send('GET', url, admin)
      if (res.status !== 400) failures.push(`${res.status} (expected 400) GET ${url}`)
    }
    expect(failures).toEqual([])
  })

  it('bodies nested 10,000 deep in relationship, select, JSON and rich-text fields store nothing', async () => {
    const deep = nested(10_000)
    const json = { 'content-type': 'application/json' }
    const targets: [SanitizedCollectionConfig, string[]][] = t.payload.config.collections.map((c) => [
      c,
      leafFields(c.flattenedFields)
        .filter(({ field, path }) => ['relationship', 'upload', 'select', 'radio', 'json', 'richText'].includes(field.type) && !path.includes('.'))
        .map(({ path }) => path),
    ])
    const before = new Map<string, number>()
    for (const [c] of targets) before.set(c.slug, (await t.payload.count({ collection: c.slug as never, overrideAccess: true })).totalDocs)
    for (const [c, paths] of targets) {
      for (const path of paths) {
        for (const auth of [admin, ANON]) {
          const raw = `{${JSON.stringify(path)}:${deep}}`
          const res = await send('POST', `/api/${c.slug}`, auth, { raw, headers: json })
          expect(res.status, `POST /api/${c.slug} ${path}`).toBeGreaterThanOrEqual(400)
          await send('PATCH', `/api/${c.slug}/1`, auth, { raw, headers: json })
          await send('PATCH', `/api/${c.slug}?where[id][equals]=1`, auth, { raw, headers: json })
          const form = new FormData()
          form.append('_payload', raw)
          const multipart = await send('POST', `/api/${c.slug}`, auth, { raw: form })
          expect(multipart.status, `multipart POST /api/${c.slug} ${path}`).toBeGreaterThanOrEqual(400)
        }
      }
    }
    for (const [c] of targets) {
      expect((await t.payload.count({ collection: c.slug as never, overrideAccess: true })).totalDocs, c.slug).toBe(before.get(c.slug))
    }
    expect(failures).toEqual([])
  })

  it('GraphQL: a fragment cycle, a very deep query, a huge query', async () => {
    const cycle = 'query { Users { docs { ...A } } } fragment A on User { id ...B } fragment B on User { email ...A }'
    // __Type.fields.type is a __Type again: valid at any depth
    let deep = 'name'
    for (let i = 0; i < 100; i++) deep = `fields { type { ${deep} } }`
    const deepQuery = `query { __schema { types { ${deep} } } }`
    const wide = `query { ${Array.from({ length: 1200 }, (_, i) => `a${i}: Users { totalDocs }`).join(' ')} }`
    const huge = `query { Users { docs { id ${' '.repeat(200_000)} } } }`
    for (const auth of [admin, ANON]) {
      for (const [name, query] of [['cycle', cycle], ['deep', deepQuery], ['wide', wide], ['huge', huge]]) {
        const res = await t.api.graphql(query, undefined, auth)
        expect(res.status, `${name}: ${res.text.slice(0, 200)}`).toBe(400)
        expect(res.body.errors?.length, name).toBeGreaterThan(0)
      }
      const ok = await t.api.graphql('query { Users(limit: 1) { totalDocs } }', undefined, auth)
      expect(ok.status).toBe(200)
      // where arguments the schema lets through but the database cannot run
      for (const where of ['{ roles: { all: [admin] } }', '{ id: { all: [1] } }', '{ email: { near: "1,2,abc,def" } }', '{ createdAt: { equals: "not a date" } }']) {
        const res = await t.api.graphql(`query { Users(where: ${where}) { totalDocs } }`, undefined, auth)
        expect(res.status, where).toBeLessThan(500)
        expect(res.body.errors?.[0]?.message, where).not.toBe('Something went wrong.')
        expect(res.body.errors?.length, where).toBeGreaterThan(0)
      }
      const rel = await t.api.graphql('query { Courses(where: { instructor: { equals: "abc" } }) { totalDocs } }', undefined, auth)
      expect(rel.body.errors?.[0]?.message).toContain('must be a document id')
      const fine = await t.api.graphql('query { Courses(where: { OR: [{ price: { greater_than: 0 } }, { instructor: { in: [1, 2] } }] }) { totalDocs } }', undefined, auth)
      expect(fine.body.errors, fine.text).toBeUndefined()
    }
  })
})

describe('stored values that make no sense are refused and not stored', () => {
  const lexical = (text: string) => ({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
  })

  it('a negative course price, a rich-text field given a plain string', async () => {
    const category = await t.payload.create({ collection: 'course-categories', data: { name: 'Fuzz', color: '#123456' } as never })
    const before = (await t.payload.count({ collection: 'courses' })).totalDocs
    const base = { title: 'Bachata', category: category.id, currency: 'XOF' }
    const negative = await t.api.post('/api/courses', { ...base, price: -500 }, admin)
    expect(negative.status).toBe(400)
    expect(negative.text).toContain('price')
    const plain = await t.api.post('/api/courses', { ...base, price: 0, description: 'just a string' }, admin)
    expect(plain.status).toBe(400)
    expect(plain.body.errors[0].data.errors[0].path).toBe('description')
    expect((await t.payload.count({ collection: 'courses' })).totalDocs).toBe(before)

    const ok = await t.api.post('/api/courses', { ...base, price: 0, description: lexical('Salsa on 2') }, admin)
    expect(ok.status, ok.text).toBe(201)
    const id = ok.body.doc.id
    expect((await t.api.patch(`/api/courses/${id}`, { price: -1 }, admin)).status).toBe(400)
    expect((await t.api.patch(`/api/courses/${id}`, { description: 'plain' }, admin)).status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'courses', id, depth: 0 })
    expect(stored.price).toBe(0)
    expect(JSON.stringify(stored.description)).toContain('Salsa on 2')
  })

  it('a challenge or a course that ends before it starts, also when only one date moves', async () => {
    const before = (await t.payload.count({ collection: 'challenges' })).totalDocs
    const challenge = { name: 'Streak', criteria: { type: 'lessons_completed', value: 3 }, startDate: '2026-12-10T00:00:00.000Z' }
    const backwards = await t.api.post('/api/challenges', { ...challenge, endDate: '2026-12-01T00:00:00.000Z' }, admin)
    expect(backwards.status, backwards.text).toBe(400)
    expect(backwards.body.errors[0].data.errors[0].path).toBe('endDate')
    expect((await t.api.post('/api/challenges', { ...challenge, endDate: challenge.startDate }, admin)).status).toBe(400)
    expect((await t.payload.count({ collection: 'challenges' })).totalDocs).toBe(before)

    const ok = await t.api.post('/api/challenges', { ...challenge, endDate: '2026-12-20T00:00:00.000Z' }, admin)
    expect(ok.status, ok.text).toBe(201)
    const id = ok.body.doc.id
    // only the start moves, past the stored end
    expect((await t.api.patch(`/api/challenges/${id}`, { startDate: '2026-12-25T00:00:00.000Z' }, admin)).status).toBe(400)
    expect((await t.api.patch(`/api/challenges/${id}`, { endDate: '2026-12-05T00:00:00.000Z' }, admin)).status).toBe(400)
    expect((await t.payload.findByID({ collection: 'challenges', id })).endDate).toBe('2026-12-20T00:00:00.000Z')
    expect((await t.api.patch(`/api/challenges/${id}`, { endDate: '2026-12-31T00:00:00.000Z' }, admin)).status).toBe(200)
  })
})

describe('config: quantities that cannot be negative say so', () => {
  it('every money, count, quantity or duration number field of every collection has a minimum', () => {
    const QUANTITY = /price|amount|fee|cost|total|count|quantity|capacity|discount|tip|attempts|spent|duration|minutes|seconds|radius|distance|points|score|percentage|streak|threshold/i
    const missing: string[] = []
    const walk = (fields: FlattenedField[], where: string) => {
      for (const f of fields) {
        if ('flattenedFields' in f && f.flattenedFields) walk(f.flattenedFields, `${where}.${f.name}`)
        if (f.type === 'blocks') for (const b of f.blocks ?? []) if (typeof b === 'object') walk(b.flattenedFields, `${where}.${f.name}.${b.slug}`)
        // hidden fields are Payload's own bookkeeping (loginAttempts)
        if (f.type === 'number' && !f.hidden && QUANTITY.test(f.name) && typeof f.min !== 'number') missing.push(`${where}.${f.name}`)
      }
    }
    // Payload's own collections (payload-jobs' counters) are Payload's to keep
    for (const c of t.payload.config.collections) if (!c.slug.startsWith('payload-')) walk(c.flattenedFields, c.slug)
    for (const g of t.payload.config.globals) walk(g.flattenedFields, `globals/${g.slug}`)
    expect(missing).toEqual([])
  })
  it('every money field is typed and shown as money in the admin, not as a bare number of minor units', () => {
    const MONEY = /price|amount|fee|cost|total|rate$|refunded|tip|revenue|balance/i
    const NOT_MONEY = /points|seconds|xp|reviews|ratings|deliveries|score|count/i
    // in the currency of whatever order they end up applied to (a coupon is platform-wide, a
    // driver's tips add up orders of any restaurant): a number, no currency to show
    const NO_ONE_CURRENCY = new Set(['coupons.minOrderAmount', 'coupons.maxDiscountAmount', 'driver-profiles.totalTips'])
    const component = (f: FlattenedField) => {
      const field = (f.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field
      return typeof field === 'string' ? field : (field as { path?: string } | undefined)?.path
    }
    const bare: string[] = []
    const walk = (fields: FlattenedField[], where: string) => {
      for (const f of fields) {
        if ('flattenedFields' in f && f.flattenedFields) walk(f.flattenedFields, `${where}.${f.name}`)
        if (f.type !== 'number' || f.hidden || !MONEY.test(f.name) || NOT_MONEY.test(f.name) || NO_ONE_CURRENCY.has(`${where}.${f.name}`)) continue
        if (!/#(Money|Percent)Field$/.test(component(f) ?? '')) bare.push(`${where}.${f.name}`)
      }
    }
    for (const c of t.payload.config.collections) if (!c.slug.startsWith('payload-')) walk(c.flattenedFields, c.slug)
    expect(bare).toEqual([])
  })
})
