import { describe, expect, it } from 'vitest'

import { resolveOptions, validateOptionGroups } from './options'

const groups = {
  size: { label: 'Taille', type: 'radio', required: true, choices: [{ value: 'small', label: 'Petit', price_modifier: 0 }, { value: 'medium', label: 'Moyen', price_modifier: 150, is_default: true }, { value: 'large', label: 'Grand', price_modifier: 250 }] },
  extras: { label: 'Suppléments', type: 'checkbox', multiple: true, max_selections: 2, choices: [{ value: 'cheese', label: 'Fromage', price_modifier: 100 }, { value: 'bacon', label: 'Bacon', price_modifier: 150 }, { value: 'avocado', label: 'Avocat', price_modifier: 200 }] },
  sauce: { label: 'Sauce', required: true, choices: [{ value: 'bbq', label: 'BBQ', price_modifier: 50 }] },
}

describe('option groups', () => {
  it('prices the seed selection and fills defaults', () => {
    const r = resolveOptions(groups, { size: 'medium', extras: ['cheese', 'bacon'], sauce: 'bbq' }, 'items.0.selectedOptions')
    expect(r.problems).toEqual([])
    expect(r.modifier).toBe(150 + 100 + 150 + 50)
    const d = resolveOptions(groups, { sauce: 'bbq' }, 'x')
    expect(d.selected.size).toBe('medium')
  })
  it('names the field for each problem', () => {
    const r = resolveOptions(groups, { size: 'huge', extras: ['cheese', 'bacon', 'avocado'], colour: 'red' }, 'items.1.selectedOptions')
    const fields = r.problems.map((p) => p.field)
    expect(fields).toContain('items.1.selectedOptions.size')
    expect(fields).toContain('items.1.selectedOptions.extras')
    expect(fields).toContain('items.1.selectedOptions.colour')
    expect(fields).toContain('items.1.selectedOptions.sauce') // required, no default
    expect(resolveOptions(groups, { size: ['small', 'large'], sauce: 'bbq' }, 'x').problems[0].message).toMatch(/single choice/)
  })
  it('validates the stored groups', () => {
    expect(validateOptionGroups(groups)).toBe(true)
    expect(validateOptionGroups({ size: { label: 'T', choices: [{ value: 'a', label: 'A', price_modifier: 1.5 }] } })).toMatch(/minor units/)
  })
})
