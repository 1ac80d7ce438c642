/**
 * Payload trusts the JSON type of what a client sends: an object, a list or a number sent for a
 * text field is stored as its string form (`{"a":1}`, `{"y"}`), `"12abc"` for a number field is
 * stored as 12 (it is coerced before any hook or validation sees it), and a string for an array
 * field reaches the field's validation, which may crash on it (a 500).
 *
 * This config transformer checks the raw body of every REST create and update, before Payload
 * touches it, against the collection's (or global's) fields, nested ones included: a wrong type
 * is a 400 naming every offending field, and nothing is written. GraphQL has its own typed
 * schema; the Local API is the server's own code.
 *
 * A rich-text field takes only a Lexical editor state (`{ root: { children: [...] } }`): a plain
 * string was stored and broke the admin and every reader. Data nested deeper than MAX_JSON_DEPTH
 * is refused as a whole (also from a multipart `_payload`, which the JSON body guard does not see):
 * Payload's deep copy of it overflowed the stack (a 500).
 */
import type { Block, CollectionBeforeOperationHook, Config, Field, GlobalBeforeOperationHook, PayloadRequest, SanitizedConfig, Tab } from 'payload'

import { APIError, ValidationError } from 'payload'

import { MAX_JSON_DEPTH, valueNestsDeeperThan } from '../lib/json-depth'

export type FieldTypeError = { message: string; path: string }

const isRow = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
/** A relationship value: an id, `{ relationTo, value }` (polymorphic) or a populated document. */
const isRelationValue = (v: unknown) => typeof v === 'string' || isNumber(v) || isRow(v)
const isLexicalState = (v: unknown) => isRow(v) && isRow(v.root) && Array.isArray(v.root.children)

/** The type problem of `value` for a field of `type`, or null when Payload may take it. */
export function typeProblem(type: string, value: unknown, hasMany = false): null | string {
  if (value === undefined || value === null) return null
  switch (type) {
    case 'code':
    case 'email':
    case 'text':
    case 'textarea':
      if (hasMany) return !Array.isArray(value) ? 'Must be a list of texts.' : value.every((v) => typeof v === 'string') ? null : 'Every entry must be a text.'
      return typeof value === 'string' ? null : 'Must be a text.'
    case 'number':
      if (hasMany) return !Array.isArray(value) ? 'Must be a list of numbers.' : value.every(isNumber) ? null : 'Every entry must be a number.'
      // an emptied admin input arrives as ''
      return isNumber(value) || value === '' ? null : 'Must be a number.'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'Must be true or false.'
    case 'date':
      return typeof value === 'string' ? null : 'Must be a date (ISO 8601 text).'
    case 'array':
    case 'blocks':
      return Array.isArray(value) && value.every(isRow) ? null : 'Must be a list of objects.'
    case 'group':
      return isRow(value) ? null : 'Must be an object.'
    // selects and relationships: only the shape (an option or id, or a flat list of them); which
    // values are allowed is the field's own validation
    case 'select':
    case 'radio':
      if (hasMany && Array.isArray(value)) return value.every((v) => typeof v === 'string') ? null : 'Every entry must be one of the options (a text).'
      return typeof value === 'string' ? null : 'Must be one of the options (a text).'
    case 'relationship':
    case 'upload':
      if (hasMany && Array.isArray(value)) return value.every(isRelationValue) ? null : 'Every entry must be a document id.'
      return isRelationValue(value) ? null : hasMany ? 'Must be a list of document ids.' : 'Must be a document id.'
    case 'richText':
      return isLexicalState(value) ? null : 'Must be a rich-text document (a Lexical editor state { root: { children: [...] } }).'
    default:
      return null
  }
}

/** Every type error in `data` for `fields` (only the keys present are checked). */
export function typeErrors(fields: Field[], data: Record<string, unknown>, prefix = ''): FieldTypeError[] {
  const errors: FieldTypeError[] = []
  const nested = (subFields: Field[], value: unknown, path: string) => {
    if (isRow(value)) errors.push(...typeErrors(subFields, value, `${path}.`))
  }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        if ('name' in tab && tab.name) nested(tab.fields, data[tab.name], `${prefix}${tab.name}`)
        else errors.push(...typeErrors(tab.fields, data, prefix))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      // row, collapsible, unnamed group: their fields sit at this level
      if ('fields' in field) errors.push(...typeErrors(field.fields, data, prefix))
      continue
    }
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const problem = typeProblem(field.type, value, 'hasMany' in field && field.hasMany === true)
    if (problem) {
      errors.push({ path, message: problem })
      continue
    }
    if (field.type === 'group') nested(field.fields, value, path)
    if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => nested(field.fields, row, `${path}.${i}`))
    if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = (field.blocks ?? []).find((b: Block) => isRow(row) && b.slug === row.blockType)
        if (block) nested(block.fields, row, `${path}.${i}`)
      })
    }
  }
  return errors
}

const WRITES = new Set(['create', 'update', 'updateByID'])

function assertTypes(req: PayloadRequest, fields: Field[], data: unknown, target: { collection?: string; global?: string }) {
  if (req.payloadAPI !== 'REST' || !isRow(data)) return
  if (valueNestsDeeperThan(data)) throw new APIError(`The data nests deeper than ${MAX_JSON_DEPTH} levels.`, 400)
  const errors = typeErrors(fields, data)
  if (errors.length) throw new ValidationError({ ...target, errors, req }, req.t)
}

const checkCollectionWrite: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (WRITES.has(operation)) assertTypes(req, collection.fields, (args as { data?: unknown }).data, { collection: collection.slug })
  return args
}

const checkGlobalWrite: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation === 'update') assertTypes(req, global.fields, (args as { data?: unknown }).data, { global: global.slug })
  return args
}

/** A config transformer; runs after the plugins so that it sees every collection and global. */
export const strictFieldTypes = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, hooks: { ...c.hooks, beforeOperation: [checkCollectionWrite, ...(c.hooks?.beforeOperation ?? [])] } })),
  globals: (config.globals ?? []).map((g) => ({ ...g, hooks: { ...g.hooks, beforeOperation: [checkGlobalWrite, ...(g.hooks?.beforeOperation ?? [])] } })),
})

/**
 * Payload adds its own collections (preferences, locked documents, …) when it sanitizes the config,
 * after the plugins ran: they get the check here, on the built config.
 */
export function strictFieldTypesOnPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const c of config.collections) {
    const hooks = (c.hooks.beforeOperation ??= [])
    if (!hooks.includes(checkCollectionWrite)) hooks.unshift(checkCollectionWrite)
  }
  return config
}
