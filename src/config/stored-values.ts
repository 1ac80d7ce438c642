/**
 * Rules on stored values that every collection and global (plugins' included) gets from one place:
 *
 * - A number field's `min`/`max` hold even when the field has its own `validate`: Payload runs the
 *   default number validation (the bounds) only for fields without one, so a course's
 *   `price: { min: 0, validate }` took -500.
 * - Date ranges: an end date is after its start date. The pairs are found by name among sibling
 *   fields (startDate/endDate, startsAt/endsAt, opensAt/closesAt, validFrom/validUntil, …) or set
 *   explicitly with `custom: { after: '<start field name>' }` on the end field. The check is a
 *   field validation, so a REST, GraphQL or admin write gets a 400 naming the end field, and an
 *   update that moves only one of the two dates is checked against the stored other one.
 */
import type { Config, Field, Tab } from 'payload'

import { validations } from 'payload'

/** Start/end names of a date range, by convention. */
export const DATE_RANGE_PAIRS: [start: string, end: string][] = [
  ['startDate', 'endDate'],
  ['startsAt', 'endsAt'],
  ['startAt', 'endAt'],
  ['startTime', 'endTime'],
  ['opensAt', 'closesAt'],
  ['validFrom', 'validUntil'],
  ['availableFrom', 'availableUntil'],
  ['publishedFrom', 'publishedUntil'],
]

type Validate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true
type NamedField = Field & { custom?: Record<string, unknown>; name: string; type: string; validate?: Validate }

const time = (v: unknown): null | number => {
  if (v === null || v === undefined || v === '') return null
  const t = new Date(v as string).getTime()
  return Number.isNaN(t) ? null : t
}

/** The message when `end` is not after `start`, or true. */
export function dateRangeProblem(start: unknown, end: unknown, startName: string): string | true {
  const s = time(start)
  const e = time(end)
  if (s === null || e === null || e > s) return true
  return `Must be after ${startName}.`
}

function withDateRange(field: NamedField, startName: string): NamedField {
  const own = field.validate
  const validate: Validate = async (value, options) => {
    const problem = dateRangeProblem((options.siblingData as Record<string, unknown> | undefined)?.[startName], value, startName)
    if (problem !== true) return problem
    return own ? own(value, options) : (validations.date as unknown as Validate)(value, { ...field, ...options })
  }
  return { ...field, validate } as NamedField
}

function withNumberBounds(field: NamedField): NamedField {
  const own = field.validate
  if (!own) return field
  const validate: Validate = async (value, options) => {
    const bounds = await (validations.number as unknown as Validate)(value, { ...field, ...options })
    if (bounds !== true) return bounds
    return own(value, options)
  }
  return { ...field, validate } as NamedField
}

/** The data fields at this level: rows, collapsibles and unnamed tabs/groups are transparent. */
function dataLevel(fields: Field[]): NamedField[] {
  const out: NamedField[] = []
  for (const f of fields) {
    if (f.type === 'tabs') {
      for (const tab of f.tabs as Tab[]) if (!('name' in tab && tab.name)) out.push(...dataLevel(tab.fields))
    } else if ('name' in f && f.name) out.push(f as NamedField)
    else if ('fields' in f) out.push(...dataLevel(f.fields))
  }
  return out
}

/** The fields with the rules applied, nested levels included. */
export function applyStoredValueRules(fields: Field[]): Field[] {
  const level = dataLevel(fields)
  const dates = new Set(level.filter((f) => f.type === 'date').map((f) => f.name))
  const rangeStart = new Map<string, string>()
  for (const [start, end] of DATE_RANGE_PAIRS) if (dates.has(start) && dates.has(end)) rangeStart.set(end, start)
  for (const f of level) {
    const after = f.custom?.after
    if (f.type === 'date' && typeof after === 'string') rangeStart.set(f.name, after)
  }

  const transform = (f: Field): Field => {
    if (f.type === 'tabs') {
      return { ...f, tabs: (f.tabs as Tab[]).map((tab) => ({ ...tab, fields: 'name' in tab && tab.name ? applyStoredValueRules(tab.fields) : tab.fields.map(transform) })) } as Field
    }
    if (f.type === 'blocks') {
      return { ...f, blocks: f.blocks.map((b) => ({ ...b, fields: applyStoredValueRules(b.fields) })) }
    }
    if ('fields' in f) {
      // a named group or an array is a level of its own; a row or collapsible is part of this one
      const named = 'name' in f && f.name
      return { ...f, fields: named ? applyStoredValueRules(f.fields) : f.fields.map(transform) } as Field
    }
    if (!('name' in f)) return f
    let field = f as NamedField
    if (field.type === 'number' && ('min' in field || 'max' in field)) field = withNumberBounds(field)
    const start = rangeStart.get(field.name)
    if (field.type === 'date' && start) field = withDateRange(field, start)
    return field as Field
  }
  return fields.map(transform)
}

/** A config transformer; runs after the plugins so that it sees every collection and global. */
export const storedValueRules = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, fields: applyStoredValueRules(c.fields) })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: applyStoredValueRules(g.fields) })),
})
