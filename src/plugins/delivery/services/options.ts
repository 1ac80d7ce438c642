/**
 * Menu-item option groups (the seed's `options` object) and the validation of a customer's
 * `selectedOptions` against them. Price modifiers are integer minor units.
 */
import { z } from 'zod'

const choiceSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  price_modifier: z.number().int('price_modifier is in minor units (integer)').min(0).default(0),
  is_default: z.boolean().optional(),
})

const groupSchema = z
  .object({
    label: z.string().min(1),
    type: z.enum(['radio', 'checkbox']).optional(),
    required: z.boolean().default(false),
    multiple: z.boolean().optional(),
    min_selections: z.number().int().min(0).optional(),
    max_selections: z.number().int().min(1).optional(),
    choices: z.array(choiceSchema).min(1),
  })
  .refine((g) => new Set(g.choices.map((c) => c.value)).size === g.choices.length, { message: 'choice values must be unique' })
  .refine((g) => g.min_selections === undefined || g.max_selections === undefined || g.min_selections <= g.max_selections, {
    message: 'min_selections must not exceed max_selections',
  })

export const optionGroupsSchema = z.record(z.string().regex(/^[a-z0-9_]+$/, 'group keys are lowercase snake_case'), groupSchema)
export type OptionGroups = z.infer<typeof optionGroupsSchema>
export type SelectedOptions = Record<string, string | string[]>

export function validateOptionGroups(value: unknown): string | true {
  if (value === null || value === undefined) return true
  const r = optionGroupsSchema.safeParse(value)
  if (r.success) return true
  return r.error.issues.map((i) => `options.${i.path.join('.')}: ${i.message}`).join('; ')
}

const isMultiple = (g: OptionGroups[string]) => g.multiple === true || g.type === 'checkbox'

export type OptionProblem = { field: string; message: string }
export type ResolvedOptions = { modifier: number; labels: string[]; selected: SelectedOptions; problems: OptionProblem[] }

/**
 * Checks a selection against the groups (unknown group, unknown choice, required, min/max, single
 * choice) and fills defaults for groups left out. `prefix` names the field in problems.
 */
export function resolveOptions(groupsRaw: unknown, selection: unknown, prefix: string): ResolvedOptions {
  const groups = (optionGroupsSchema.safeParse(groupsRaw ?? {}).data ?? {}) as OptionGroups
  const problems: OptionProblem[] = []
  const selected: SelectedOptions = {}
  const labels: string[] = []
  let modifier = 0
  const sel = (selection ?? {}) as Record<string, unknown>
  if (typeof sel !== 'object' || Array.isArray(sel)) {
    return { modifier, labels, selected, problems: [{ field: prefix, message: 'must be an object of group → choice(s)' }] }
  }
  for (const key of Object.keys(sel)) {
    if (!groups[key]) problems.push({ field: `${prefix}.${key}`, message: `unknown option group "${key}"` })
  }
  for (const [key, group] of Object.entries(groups)) {
    const field = `${prefix}.${key}`
    let raw = sel[key]
    if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
      const defaults = group.choices.filter((c) => c.is_default).map((c) => c.value)
      raw = defaults.length ? (isMultiple(group) ? defaults : defaults[0]) : undefined
    }
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]
    if (values.some((v) => typeof v !== 'string')) {
      problems.push({ field, message: 'choices are given by their value (string)' })
      continue
    }
    if (!isMultiple(group) && values.length > 1) {
      problems.push({ field, message: `"${group.label}" allows a single choice` })
      continue
    }
    const min = group.min_selections ?? (group.required ? 1 : 0)
    if (values.length < min) {
      problems.push({ field, message: group.required && min <= 1 ? `"${group.label}" is required` : `choose at least ${min} in "${group.label}"` })
      continue
    }
    if (group.max_selections !== undefined && values.length > group.max_selections) {
      problems.push({ field, message: `choose at most ${group.max_selections} in "${group.label}"` })
      continue
    }
    if (new Set(values).size !== values.length) {
      problems.push({ field, message: 'a choice is selected twice' })
      continue
    }
    for (const v of values as string[]) {
      const choice = group.choices.find((c) => c.value === v)
      if (!choice) {
        problems.push({ field, message: `unknown choice "${v}" for "${group.label}"` })
        continue
      }
      modifier += choice.price_modifier
      labels.push(`${group.label}: ${choice.label}`)
    }
    if (values.length) selected[key] = isMultiple(group) ? (values as string[]) : (values[0] as string)
  }
  return { modifier, labels, selected, problems }
}
