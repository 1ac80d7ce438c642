/**
 * Payload's own text validators only measure length: an object, an array or a number sent for a
 * text field is stored as its string form (`{"a":1}`, `{"y"}`). This config transformer puts a
 * type check in front of every text-like field's validation (text, textarea, email, code, in
 * every collection and global, nested fields included): anything but a string — or, for
 * `hasMany` text, a list of strings — is a 400 naming the field. The field's own validation
 * (custom or Payload's default) runs after it, unchanged.
 */
import type { Block, Config, Field, Validate } from 'payload'

import { code, email, text, textarea } from 'payload/shared'

const DEFAULTS = { code, email, text, textarea } as unknown as Record<string, Validate>

type TextLike = Field & { hasMany?: boolean; type: 'code' | 'email' | 'text' | 'textarea'; validate?: Validate }

/** The type problem of `value`, or null when it may go on to the field's own validation. */
export function textTypeProblem(value: unknown, hasMany = false): null | string {
  if (value === undefined || value === null) return null
  if (hasMany) {
    if (!Array.isArray(value)) return 'Must be a list of texts.'
    return value.every((v) => typeof v === 'string') ? null : 'Every entry must be a text.'
  }
  return typeof value === 'string' ? null : 'Must be a text.'
}

function strictField(field: TextLike): TextLike {
  const inner = field.validate ?? DEFAULTS[field.type]
  const validate: Validate = (value, options) => textTypeProblem(value, field.type === 'text' && field.hasMany === true) ?? inner(value, options)
  return { ...field, validate } as TextLike
}

export function strictFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    switch (field.type) {
      case 'code':
      case 'email':
      case 'text':
      case 'textarea':
        return strictField(field as TextLike)
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: strictFields(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: strictFields(tab.fields) })) }
      case 'blocks':
        return { ...field, blocks: (field.blocks ?? []).map((block: Block) => ({ ...block, fields: strictFields(block.fields) })) }
      default:
        return field
    }
  })
}

/** A config transformer; runs after the plugins so that it sees every collection and global. */
export const strictTextFields = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, fields: strictFields(c.fields) })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: strictFields(g.fields) })),
})
