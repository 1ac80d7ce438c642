/**
 * Query strings are checked here, before Payload reads them: Payload passes `?page=-5` on as a
 * negative OFFSET, `where[x][near]=1,2,abc,def`, `where[x][all]=x`, `like` on a select field or a
 * text for a number field into SQL, and Postgres fails on them (500). Each of those is a 400 that
 * names the parameter.
 *
 * - `urlGuard` (every request, also the admin): a path or query with a NUL byte or an invalid
 *   percent-encoding.
 * - `queryGuard` (under /api): `page`, `limit`, `depth` are integers within bounds; `sort` names
 *   existing fields; every `where` condition names a field of the collection (or global, or their
 *   versions) — through named groups, tabs, arrays, blocks and relationships — with an operator
 *   that field type supports and a value of the field's type. Who may query which path is not
 *   decided here (that is access control); only whether the query is well-formed.
 */
import type { RequestHandler } from 'express'
import type { Field, FlattenedField, Payload, SanitizedConfig } from 'payload'

import { buildVersionCollectionFields, buildVersionGlobalFields, flattenAllFields } from 'payload'
import { parse } from 'qs-esm'

import { isSerialId } from '../lib/serial-id'
import { sendError } from './errors'

/** Bounds of the list parameters. `limit=0` is Payload's "no limit", used by the admin's bulk actions. */
export const MAX_LIMIT = 1000
export const MAX_PAGE = 1_000_000
/** `and`/`or` nested deeper than this is refused. */
export const MAX_WHERE_DEPTH = 6
/** Conditions in one `where`, all levels together. */
export const MAX_WHERE_CONDITIONS = 100

export class QueryProblem extends Error {}

const fail = (param: string, why: string): never => {
  throw new QueryProblem(`Invalid query parameter "${param}": ${why}`)
}

// --- path and encoding ---------------------------------------------------------------------------

/** Why a URL's path or query cannot be read (a NUL byte, a broken %-escape), or null. */
export function urlProblem(url: string): null | string {
  const q = url.indexOf('?')
  const path = q === -1 ? url : url.slice(0, q)
  const query = q === -1 ? '' : url.slice(q + 1)
  let decodedPath: string
  try {
    decodedPath = decodeURIComponent(path)
  } catch {
    return 'The request path has an invalid percent-encoding.'
  }
  if (decodedPath.includes('\0')) return 'The request path contains a NUL byte.'
  for (const part of query.split('&')) {
    let decoded: string
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, ' '))
    } catch {
      return 'The query string has an invalid percent-encoding.'
    }
    if (decoded.includes('\0')) return 'The query string contains a NUL byte.'
  }
  return null
}

export const urlGuard = (): RequestHandler => (req, res, next) => {
  const problem = urlProblem(req.originalUrl)
  if (problem) return sendError(res, 400, problem)
  next()
}

// --- fields ----------------------------------------------------------------------------------------

/** `json`: a JSON or rich-text value as a whole; `jsonPath`: a key inside one. */
type Kind = 'checkbox' | 'date' | 'id' | 'json' | 'jsonPath' | 'number' | 'point' | 'select' | 'text'

type Target = { hasMany: boolean; inList?: boolean; kind: Kind; options?: Set<string> } | { kind: 'none'; why: string }

type Fields = FlattenedField[]

const ID_FIELD = { name: 'id', type: 'number' } as FlattenedField

const withId = (fields: Fields): Fields => (fields.some((f) => f.name === 'id') ? fields : [ID_FIELD, ...fields])

const optionValues = (options: unknown[]): Set<string> =>
  new Set(options.map((o) => (typeof o === 'string' ? o : String((o as { value: unknown }).value))))

const isInteger = (s: string) => /^\d{1,15}$/.test(s)
const isNumeric = (s: string) => s.trim() !== '' && Number.isFinite(Number(s))
const isDate = (s: string) => s.trim() !== '' && !Number.isNaN(new Date(s).getTime()) && /\d/.test(s)

class FieldResolver {
  private readonly collections: Map<string, Fields>
  private readonly locales: Set<string>

  constructor(config: SanitizedConfig) {
    this.collections = new Map(config.collections.map((c) => [c.slug, withId(c.flattenedFields)]))
    this.locales = new Set((config.localization ? config.localization.localeCodes : []) as string[])
  }

  fieldsOf(slug: string) {
    return this.collections.get(slug)
  }

  /** What `path` (dot-separated) designates in `fields`; `null` when it names no field. */
  resolve(fields: Fields, path: string): null | Target {
    const found = this.find(fields, path)
    if (found && found.kind !== 'none' && this.crossedList) found.inList = true
    return found
  }

  private crossedList = false

  private find(fields: Fields, path: string): null | Target {
    const segments = path.split('.')
    let list = fields
    this.crossedList = false
    for (let i = 0; i < segments.length; i++) {
      const field = list.find((f) => f.name === segments[i])
      if (!field) return null
      let rest = segments.slice(i + 1)
      if ('localized' in field && field.localized && rest.length && this.locales.has(rest[0])) {
        rest = rest.slice(1)
        i++
      }
      const hasMany = 'hasMany' in field && field.hasMany === true
      switch (field.type) {
        case 'group':
        case 'tab':
        case 'array':
        case 'blocks': {
          if (!rest.length) return { kind: 'none', why: `"${path}" is a ${field.type}, not a value` }
          if (field.type === 'array' || field.type === 'blocks') this.crossedList = true
          if (field.type === 'blocks') {
            const blocks = (field.blocks ?? []).filter((b) => typeof b === 'object') as { flattenedFields: Fields }[]
            list = [{ name: 'blockType', type: 'text' } as FlattenedField, { name: 'id', type: 'text' } as FlattenedField, ...blocks.flatMap((b) => b.flattenedFields)]
          } else {
            list = field.flattenedFields
            if (field.type === 'array') list = [{ name: 'id', type: 'text' } as FlattenedField, ...list]
          }
          // a row index (`items.0.title`)
          if (field.type !== 'group' && field.type !== 'tab' && /^\d+$/.test(rest[0]) && rest.length > 1) i++
          continue
        }
        case 'relationship':
        case 'upload': {
          const relationTo = field.relationTo
          if (Array.isArray(relationTo)) {
            // the query builder fails on the polymorphic value as a whole (500)
            if (!rest.length) return { kind: 'none', why: `"${path}" links to several collections: query ${path}.value or ${path}.relationTo` }
            if (rest.length === 1 && rest[0] === 'value') return { kind: 'id', hasMany }
            if (rest.length === 1 && rest[0] === 'relationTo') return { kind: 'select', hasMany, options: new Set(relationTo) }
            return null
          }
          if (!rest.length) return { kind: 'id', hasMany }
          if (hasMany) this.crossedList = true
          const target = this.collections.get(relationTo)
          if (!target) return null
          list = target
          continue
        }
        case 'json':
        case 'richText':
          return { kind: rest.length ? 'jsonPath' : 'json', hasMany: false }
        case 'join':
          return { kind: 'none', why: `"${path}" is a join, it cannot be queried` }
        default:
          if (rest.length) return null
          switch (field.type) {
            case 'number':
              return { kind: field.name === 'id' ? 'id' : 'number', hasMany }
            case 'date':
              return { kind: 'date', hasMany: false }
            case 'checkbox':
              return { kind: 'checkbox', hasMany: false }
            case 'select':
            case 'radio':
              return { kind: 'select', hasMany, options: optionValues(field.options as unknown[]) }
            case 'point':
              return { kind: 'point', hasMany: false }
            default:
              return { kind: 'text', hasMany }
          }
      }
    }
    return null
  }
}

// --- operators -------------------------------------------------------------------------------------

const COMPARISONS = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const LIST_OPS = new Set(['in', 'not_in'])
const ALL_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'like', 'not_like', 'contains', 'within', 'intersects', 'near', ...COMPARISONS])

/** The operators a kind of field supports. */
function operatorsFor(kind: Kind): Set<string> {
  const base = ['equals', 'not_equals', 'in', 'not_in', 'exists']
  switch (kind) {
    case 'text':
      return new Set([...base, 'like', 'not_like', 'contains', ...COMPARISONS])
    case 'number':
    case 'date':
    case 'id':
      return new Set([...base, ...COMPARISONS])
    case 'select':
      return new Set(base)
    case 'checkbox':
      return new Set(['equals', 'not_equals', 'exists'])
    case 'point':
      return new Set(['exists', 'near', 'within', 'intersects'])
    case 'json':
      // the whole JSON value: only whether there is one
      return new Set(['exists'])
    case 'jsonPath':
      return new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', 'not_like', 'contains'])
  }
}

/** Why `value` is not a value of this kind, or null. */
function scalarProblem(kind: Kind, value: string, options?: Set<string>): null | string {
  switch (kind) {
    case 'number':
      return isNumeric(value) ? null : 'must be a number'
    case 'id':
      return isSerialId(value) ? null : 'must be a document id'
    case 'date':
      return isDate(value) ? null : 'must be a date'
    case 'checkbox':
      return value === 'true' || value === 'false' ? null : 'must be true or false'
    case 'select':
      return options && !options.has(value) ? `must be one of ${[...options].join(', ')}` : null
    default:
      return null
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** qs gives a list as an array, or as an object with index keys past its array limit. */
const asList = (v: unknown): unknown[] | null =>
  Array.isArray(v) ? v : isRecord(v) && Object.keys(v).every((k) => /^\d+$/.test(k)) ? Object.values(v) : null

function checkCondition(param: string, target: null | Target, operator: string, value: unknown): void {
  const at = `${param}[${operator}]`
  if (!ALL_OPERATORS.has(operator)) fail(at, `unknown operator "${operator}"`)
  if (target && target.kind === 'none') fail(at, target.why)
  // the Postgres adapter has no `all` (Payload's operator map leaves it out): it failed in the query builder
  if (operator === 'all') fail(at, '"all" is not supported by this database; use "in"')
  if (operator === 'exists') {
    if (value !== 'true' && value !== 'false' && value !== true && value !== false) fail(at, 'must be true or false')
    return
  }
  if (operator === 'near' || operator === 'within' || operator === 'intersects') {
    if (!target || target.kind !== 'point') fail(at, `"${operator}" needs a point field`)
    if (operator !== 'near') fail(at, `"${operator}" is not supported`)
    const parts = typeof value === 'string' ? value.split(',') : []
    if (parts.length < 2 || parts.length > 4 || !parts.every(isNumeric)) fail(at, 'must be "lng,lat[,maxDistance[,minDistance]]" numbers')
    return
  }
  if (LIST_OPS.has(operator)) {
    const list = typeof value === 'string' ? value.split(',') : asList(value)
    if (!list || !list.every((v) => typeof v === 'string')) fail(at, 'must be a comma-separated list or a list of values')
    if ((list as unknown[]).length > 1000) fail(at, 'at most 1000 values')
    if (target && target.kind !== 'none') {
      if (!operatorsFor(target.kind).has(operator)) fail(at, `"${operator}" cannot be used on this field`)
      for (const v of list as string[]) {
        if (v === '') continue
        const problem = scalarProblem(target.kind, v, target.options)
        if (problem) fail(at, `every value ${problem}`)
      }
    }
    return
  }
  if (typeof value !== 'string') fail(at, 'must be a single value')
  if (!target || target.kind === 'none') return
  if (!operatorsFor(target.kind).has(operator)) {
    fail(at, `"${operator}" cannot be used on a ${target.kind === 'id' ? 'relationship or id' : target.kind} field`)
  }
  // `equals=null` is Payload's "has no value"
  if ((operator === 'equals' || operator === 'not_equals') && value === 'null') return
  const problem = scalarProblem(target.kind, value as string, target.options)
  if (problem) fail(at, problem)
}

type WhereContext = { conditions: number; fields: Fields | null; resolver: FieldResolver }

function checkWhere(ctx: WhereContext, where: unknown, param: string, level: number): void {
  if (!isRecord(where)) fail(param, 'must be an object of conditions')
  if (level > MAX_WHERE_DEPTH) fail(param, `"and"/"or" nested more than ${MAX_WHERE_DEPTH} deep`)
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const at = `${param}[${key}]`
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const list = asList(value)
      if (!list) fail(at, 'must be a list of conditions')
      ;(list as unknown[]).forEach((sub, i) => checkWhere(ctx, sub, `${at}[${i}]`, level + 1))
      continue
    }
    if (++ctx.conditions > MAX_WHERE_CONDITIONS) fail(param, `more than ${MAX_WHERE_CONDITIONS} conditions`)
    if (!/^\w+(?:\.\w+)*$/.test(key)) fail(at, 'not a field path')
    if (!isRecord(value)) fail(at, 'must be an object of operator and value, e.g. [equals]=x')
    const target = ctx.fields ? ctx.resolver.resolve(ctx.fields, key) : null
    if (ctx.fields && !target) fail(at, `"${key}" is not a field here`)
    for (const [operator, v] of Object.entries(value as Record<string, unknown>)) checkCondition(at, target, operator, v)
  }
}

function checkInteger(query: Record<string, unknown>, name: string, min: number, max: number): void {
  // an empty value is no value (Payload ignores it)
  if (!(name in query) || query[name] === '') return
  const value = query[name]
  if (typeof value !== 'string' || !isInteger(value) || Number(value) < min || Number(value) > max) {
    fail(name, `must be an integer from ${min} to ${max}`)
  }
}

function checkSort(resolver: FieldResolver, fields: Fields | null, sort: unknown): void {
  const list = typeof sort === 'string' ? sort.split(',') : asList(sort)
  if (!list || !list.every((s) => typeof s === 'string')) return fail('sort', 'must be field names separated by commas')
  for (const entry of list as string[]) {
    const path = entry.trim().replace(/^-/, '')
    if (!path) continue
    if (!/^\w+(?:\.\w+)*$/.test(path)) fail('sort', `"${entry}" is not a field path`)
    if (!fields) continue
    const target = resolver.resolve(fields, path)
    if (!target || target.kind === 'none') return fail('sort', `"${path}" is not a field here`)
    // one document has many values there: Postgres cannot order by them (max(boolean) failed)
    if (target.inList || target.hasMany) fail('sort', `"${path}" has several values per document, it cannot be sorted on`)
    if (target.kind === 'json' || target.kind === 'jsonPath' || target.kind === 'point') fail('sort', `"${path}" cannot be sorted on`)
  }
}

/** The fields a REST path queries (`/courses`, `/courses/versions`, `/globals/site/versions`), or null for other routes. */
function fieldsForPath(config: SanitizedConfig, resolver: FieldResolver, versionFields: Map<string, Fields>, path: string): Fields | null {
  const [first, second, third] = path.split('/').filter(Boolean)
  if (first === 'globals') {
    const global = config.globals.find((g) => g.slug === second)
    if (!global) return null
    return third === 'versions' ? (versionFields.get(`globals/${second}`) ?? null) : withId(global.flattenedFields)
  }
  const fields = resolver.fieldsOf(first ?? '')
  if (!fields) return null
  return second === 'versions' ? (versionFields.get(first) ?? null) : fields
}

/** Checks a parsed query; throws a QueryProblem naming the first bad parameter. */
export function createQueryChecker(config: SanitizedConfig) {
  const resolver = new FieldResolver(config)
  const versionFields = new Map<string, Fields>()
  for (const c of config.collections) {
    if (c.versions) versionFields.set(c.slug, withId(flattenAllFields({ fields: buildVersionCollectionFields(config, c, true) as Field[] })))
  }
  for (const g of config.globals) {
    if (g.versions) versionFields.set(`globals/${g.slug}`, withId(flattenAllFields({ fields: buildVersionGlobalFields(config, g, true) as Field[] })))
  }
  const maxDepth = config.maxDepth ?? 10

  return (path: string, query: Record<string, unknown>): void => {
    checkInteger(query, 'page', 1, MAX_PAGE)
    checkInteger(query, 'limit', 0, MAX_LIMIT)
    checkInteger(query, 'depth', 0, maxDepth)
    const fields = fieldsForPath(config, resolver, versionFields, path)
    if ('sort' in query) checkSort(resolver, fields, query.sort)
    if ('where' in query) checkWhere({ conditions: 0, fields, resolver }, query.where, 'where', 0)
  }
}

/** Payload's own parse of the query string (createPayloadRequest), so that both see the same thing. */
export const parseQuery = (search: string): Record<string, unknown> =>
  parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>

/** Mounted under the API route. */
export function queryGuard(payload: Payload): RequestHandler {
  const check = createQueryChecker(payload.config)
  return (req, res, next) => {
    const q = req.originalUrl.indexOf('?')
    if (q === -1) return next()
    try {
      check(req.path, parseQuery(req.originalUrl.slice(q)))
    } catch (err) {
      if (err instanceof QueryProblem) return sendError(res, 400, err.message)
      throw err
    }
    next()
  }
}
