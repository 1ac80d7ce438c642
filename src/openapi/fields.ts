/**
 * Payload fields → JSON Schema (OpenAPI 3.1 dialect), in three shapes: what a read returns (`output`),
 * what a create accepts (`create`) and what an update accepts (`update`, nothing required).
 *
 * What access hides is not documented as if it were always there: `hidden` fields are absent,
 * fields with their own read access are optional and say so, write-protected fields say so.
 */
import type { Field, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

export type JsonSchema = Record<string, unknown>
export type Mode = 'create' | 'output' | 'update'

/** The component name of a collection or global (`course-modules` → `CourseModule`s kept: `CourseModules`). */
export const componentName = (slug: string): string =>
  slug
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('')

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` })

const NUMERIC_ID: JsonSchema = { type: 'integer', minimum: 1 }

type FieldLike = Field & {
  name?: string
  hidden?: boolean
  required?: boolean
  localized?: boolean
  virtual?: boolean | string
  hasMany?: boolean
  access?: { read?: unknown; create?: unknown; update?: unknown }
  admin?: { description?: unknown; readOnly?: boolean }
  label?: unknown
  defaultValue?: unknown
  [key: string]: unknown
}

/** A label or description that may be localized ({ en, fr }) or a function: English text or nothing. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    return typeof v.en === 'string' ? v.en : typeof v.fr === 'string' ? v.fr : undefined
  }
  return undefined
}

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

function relationSchema(relationTo: string | string[], mode: Mode): JsonSchema {
  const one = (slug: string): JsonSchema => (mode === 'output' ? { anyOf: [NUMERIC_ID, ref(componentName(slug))] } : NUMERIC_ID)
  if (typeof relationTo === 'string') return one(relationTo)
  return {
    type: 'object',
    properties: { relationTo: { type: 'string', enum: relationTo }, value: { anyOf: relationTo.map(one) } },
    required: ['relationTo', 'value'],
  }
}

const optionValues = (options: unknown): string[] =>
  Array.isArray(options) ? options.map((o) => (typeof o === 'string' ? o : String((o as { value: unknown }).value))) : []

function many(field: FieldLike, item: JsonSchema): JsonSchema {
  if (!field.hasMany) return item
  const s: JsonSchema = { type: 'array', items: item }
  if (typeof field.minRows === 'number') s.minItems = field.minRows
  if (typeof field.maxRows === 'number') s.maxItems = field.maxRows
  return s
}

/** One named field's schema (without its description and nullability). */
function fieldSchema(field: FieldLike, mode: Mode): JsonSchema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code': {
      const s: JsonSchema = { type: 'string' }
      if (typeof field.minLength === 'number') s.minLength = field.minLength
      if (typeof field.maxLength === 'number') s.maxLength = field.maxLength
      return many(field, s)
    }
    case 'email':
      return { type: 'string', format: 'email' }
    case 'number': {
      const s: JsonSchema = { type: 'number' }
      if (typeof field.min === 'number') s.minimum = field.min
      if (typeof field.max === 'number') s.maximum = field.max
      return many(field, s)
    }
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio':
      return many(field, { type: 'string', enum: optionValues(field.options) })
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[longitude, latitude]' }
    case 'json':
      return (field.jsonSchema as { schema?: JsonSchema } | undefined)?.schema ?? {}
    case 'richText':
      return { type: 'object', description: 'Rich text (Lexical editor state)' }
    case 'relationship':
    case 'upload': {
      const one = relationSchema(field.relationTo as string | string[], mode)
      return field.hasMany ? { type: 'array', items: one } : one
    }
    case 'join':
      if (mode !== 'output') return undefined
      return {
        type: 'object',
        readOnly: true,
        properties: { docs: { type: 'array', items: relationSchema(field.collection as string | string[], 'output') }, hasNextPage: { type: 'boolean' }, totalDocs: { type: 'integer' } },
      }
    case 'group':
      return objectSchema(field.fields as Field[], mode)
    case 'array': {
      const row = objectSchema(field.fields as Field[], mode)
      ;(row.properties as Record<string, JsonSchema>).id = mode === 'output' ? { type: 'string' } : { type: ['string', 'null'] }
      const s: JsonSchema = { type: 'array', items: row }
      if (typeof field.minRows === 'number') s.minItems = field.minRows
      if (typeof field.maxRows === 'number') s.maxItems = field.maxRows
      return s
    }
    case 'blocks': {
      const blocks = ((field.blocks as { slug: string; fields: Field[] }[] | undefined) ?? []).map((b) => {
        const s = objectSchema(b.fields, mode)
        ;(s.properties as Record<string, JsonSchema>).blockType = { const: b.slug }
        ;(s.properties as Record<string, JsonSchema>).id = { type: ['string', 'null'] }
        s.required = [...((s.required as string[] | undefined) ?? []), 'blockType']
        return s
      })
      return { type: 'array', items: blocks.length ? { oneOf: blocks } : { type: 'object' } }
    }
    default:
      return undefined
  }
}

/** Adds `fields` (flattening rows, collapsibles, unnamed tabs and groups) to `properties`/`required`. */
function addFields(fields: Field[], mode: Mode, properties: Record<string, JsonSchema>, required: string[]) {
  for (const f of fields as FieldLike[]) {
    if (f.type === 'ui') continue
    if (f.type === 'row' || f.type === 'collapsible' || (f.type === 'group' && !f.name)) {
      addFields(f.fields as Field[], mode, properties, required)
      continue
    }
    if (f.type === 'tabs') {
      for (const tab of f.tabs as { name?: string; fields: Field[] }[]) {
        if (tab.name) properties[tab.name] = objectSchema(tab.fields, mode)
        else addFields(tab.fields, mode, properties, required)
      }
      continue
    }
    if (!f.name || f.hidden) continue
    if (mode !== 'output' && (f.virtual || f.type === 'join' || f.name === 'id' || f.name === 'createdAt' || f.name === 'updatedAt')) continue
    const schema = fieldSchema(f, mode)
    if (!schema) continue
    const notes: string[] = []
    const description = text(f.admin?.description) ?? text(f.label)
    if (description) notes.push(description)
    if (f.localized) notes.push('Localized (fr, en): one value per `locale`; `locale=*` returns them all.')
    const restrictedRead = Boolean(f.access?.read)
    if (restrictedRead && mode === 'output') notes.push('Returned only to callers allowed to read it.')
    if (mode === 'create' && f.access?.create) notes.push('Accepted only from callers allowed to set it.')
    if (mode === 'update' && f.access?.update) notes.push('Accepted only from callers allowed to change it.')
    const documented: JsonSchema = notes.length ? { ...schema, description: [schema.description, ...notes].filter(Boolean).join(' ') } : schema
    const isRequired = Boolean(f.required) && !restrictedRead
    if (mode === 'output') {
      properties[f.name] = isRequired ? documented : nullable(documented)
      if (isRequired) required.push(f.name)
    } else {
      properties[f.name] = documented
      if (mode === 'create' && isRequired && f.defaultValue === undefined) required.push(f.name)
    }
  }
}

export function objectSchema(fields: Field[], mode: Mode): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  addFields(fields, mode, properties, required)
  return { type: 'object', properties, ...(required.length ? { required } : {}) }
}

/** The document schema of a collection (with `id`) or a global. */
export function documentSchema(entity: SanitizedCollectionConfig | SanitizedGlobalConfig, mode: Mode, kind: 'collection' | 'global'): JsonSchema {
  const s = objectSchema(entity.fields, mode)
  const properties = s.properties as Record<string, JsonSchema>
  if (mode === 'output' && kind === 'collection') {
    s.properties = { id: NUMERIC_ID, ...properties }
    s.required = ['id', ...((s.required as string[] | undefined) ?? [])]
  }
  const auth = (entity as SanitizedCollectionConfig).auth
  if (kind === 'collection' && auth && !auth.disableLocalStrategy && mode !== 'output') {
    properties.password = { type: 'string', format: 'password', writeOnly: true }
    if (mode === 'create') s.required = [...((s.required as string[] | undefined) ?? []), 'password']
  }
  return s
}
