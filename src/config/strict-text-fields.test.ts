import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { strictFields, textTypeProblem } from './strict-text-fields'

describe('textTypeProblem', () => {
  it('lets strings and empty values through, refuses every other type', () => {
    for (const ok of ['', 'Salsa', null, undefined]) expect(textTypeProblem(ok)).toBeNull()
    for (const bad of [5, true, { a: 1 }, ['y']]) expect(textTypeProblem(bad)).toBe('Must be a text.')
  })
  it('wants a list of strings for hasMany text', () => {
    expect(textTypeProblem(['a', 'b'], true)).toBeNull()
    expect(textTypeProblem('a', true)).toBe('Must be a list of texts.')
    expect(textTypeProblem(['a', 2], true)).toBe('Every entry must be a text.')
  })
})

describe('strictFields', () => {
  const validateOf = (field: Field) => (field as { validate?: (v: unknown, o: unknown) => unknown }).validate!

  it('puts the check in front of text-like fields at any depth and keeps a custom validation after it', () => {
    const custom = (v: unknown) => (v === 'forbidden' ? 'custom says no' : true)
    const fields = strictFields([
      { name: 'title', type: 'text', validate: custom },
      { name: 'items', type: 'array', fields: [{ name: 'label', type: 'textarea', validate: custom }] },
      { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'mail', type: 'email', validate: custom }] }] },
      { name: 'count', type: 'number' },
    ])
    expect(validateOf(fields[0])({ a: 1 }, {})).toBe('Must be a text.')
    expect(validateOf(fields[0])('forbidden', {})).toBe('custom says no')
    expect(validateOf(fields[0])('fine', {})).toBe(true)
    const nested = (fields[1] as { fields: Field[] }).fields[0]
    expect(validateOf(nested)(['x'], {})).toBe('Must be a text.')
    const inTab = (fields[2] as { tabs: { fields: Field[] }[] }).tabs[0].fields[0]
    expect(validateOf(inTab)(12, {})).toBe('Must be a text.')
    expect((fields[3] as { validate?: unknown }).validate).toBeUndefined()
  })
})
