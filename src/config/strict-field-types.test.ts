import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { typeErrors, typeProblem } from './strict-field-types'

describe('typeProblem', () => {
  it('text: strings and empty values pass, every other type is refused', () => {
    for (const ok of ['', 'Salsa', null, undefined]) expect(typeProblem('text', ok)).toBeNull()
    for (const bad of [5, true, { a: 1 }, ['y']]) expect(typeProblem('textarea', bad)).toBe('Must be a text.')
    expect(typeProblem('text', ['a', 'b'], true)).toBeNull()
    expect(typeProblem('text', 'a', true)).toBe('Must be a list of texts.')
    expect(typeProblem('text', ['a', 2], true)).toBe('Every entry must be a text.')
  })
  it('number: finite numbers (or an emptied input), no numeric strings', () => {
    expect(typeProblem('number', 12.5)).toBeNull()
    expect(typeProblem('number', '')).toBeNull()
    for (const bad of ['12', '12abc', Number.NaN, Number.POSITIVE_INFINITY, true, [1]]) expect(typeProblem('number', bad)).toBe('Must be a number.')
    expect(typeProblem('number', [1, 2], true)).toBeNull()
    expect(typeProblem('number', [1, '2'], true)).toBe('Every entry must be a number.')
  })
  it('checkbox, date, array, blocks and group', () => {
    expect(typeProblem('checkbox', false)).toBeNull()
    expect(typeProblem('checkbox', 'yes')).toBe('Must be true or false.')
    expect(typeProblem('date', '2026-11-21T10:00:00.000Z')).toBeNull()
    expect(typeProblem('date', 1795300165113)).toMatch(/date/)
    expect(typeProblem('array', [{ a: 1 }])).toBeNull()
    for (const bad of ['home', [null], [5], [['x']], { a: 1 }]) expect(typeProblem('array', bad)).toBe('Must be a list of objects.')
    expect(typeProblem('blocks', [{ blockType: 'x' }])).toBeNull()
    expect(typeProblem('group', { a: 1 })).toBeNull()
    expect(typeProblem('group', [{ a: 1 }])).toBe('Must be an object.')
    expect(typeProblem('json', 'anything')).toBeNull()
  })
})

describe('typeErrors', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text' },
    { type: 'row', fields: [{ name: 'count', type: 'number' }] },
    { name: 'address', type: 'group', fields: [{ name: 'city', type: 'text' }] },
    { name: 'items', type: 'array', fields: [{ name: 'label', type: 'textarea' }, { name: 'price', type: 'number' }] },
    { type: 'tabs', tabs: [{ name: 'seo', fields: [{ name: 'description', type: 'text' }] }, { label: 'More', fields: [{ name: 'active', type: 'checkbox' }] }] },
    { name: 'content', type: 'blocks', blocks: [{ slug: 'quote', fields: [{ name: 'author', type: 'text' }] }] },
    { name: 'extra', type: 'json' },
  ]

  it('names every wrong field with its full path, at any depth; checks only what was sent', () => {
    expect(typeErrors(fields, { title: 'ok', count: 3, extra: { any: 1 } })).toEqual([])
    expect(typeErrors(fields, {})).toEqual([])
    expect(
      typeErrors(fields, {
        title: { a: 1 },
        count: '12abc',
        address: { city: 5 },
        items: [{ label: 'fine', price: 1 }, { label: ['x'], price: '2' }],
        seo: { description: 7 },
        active: 'yes',
        content: [{ blockType: 'quote', author: false }],
      }),
    ).toEqual([
      { path: 'title', message: 'Must be a text.' },
      { path: 'count', message: 'Must be a number.' },
      { path: 'address.city', message: 'Must be a text.' },
      { path: 'items.1.label', message: 'Must be a text.' },
      { path: 'items.1.price', message: 'Must be a number.' },
      { path: 'seo.description', message: 'Must be a text.' },
      { path: 'active', message: 'Must be true or false.' },
      { path: 'content.0.author', message: 'Must be a text.' },
    ])
    expect(typeErrors(fields, { items: 'home', address: [] })).toEqual([
      { path: 'address', message: 'Must be an object.' },
      { path: 'items', message: 'Must be a list of objects.' },
    ])
  })
})

describe('typeProblem: shapes of selects, relationships and rich text', () => {
  it('selects and relationships take a value or a flat list; which values is the field validation’s business', () => {
    expect(typeProblem('select', 'open')).toBeNull()
    expect(typeProblem('select', ['a', 'b'], true)).toBeNull()
    expect(typeProblem('select', 'a', true)).toBeNull()
    for (const bad of [['a'], { a: 1 }, 5]) expect(typeProblem('select', bad)).toMatch(/option/)
    expect(typeProblem('select', [['a']], true)).toMatch(/option/)
    for (const ok of [3, '3', { relationTo: 'users', value: 3 }, { id: 3 }]) expect(typeProblem('relationship', ok)).toBeNull()
    expect(typeProblem('relationship', [1, 2], true)).toBeNull()
    expect(typeProblem('relationship', [1])).toBe('Must be a document id.')
    expect(typeProblem('upload', [[1]], true)).toBe('Every entry must be a document id.')
    expect(typeProblem('relationship', true, true)).toBe('Must be a list of document ids.')
  })
  it('rich text: a Lexical editor state only', () => {
    expect(typeProblem('richText', { root: { type: 'root', children: [] } })).toBeNull()
    for (const bad of ['plain', { root: 'x' }, { root: { children: 'x' } }, [], 5]) expect(typeProblem('richText', bad)).toMatch(/Lexical/)
  })
})
