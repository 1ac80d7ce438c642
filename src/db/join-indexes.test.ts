import { describe, expect, it } from 'vitest'

import { addJoinIndexes, joinIndexName } from './join-indexes'

describe('joinIndexName', () => {
  it('names short indexes after table and columns', () => {
    expect(joinIndexName('media_locales', ['_parent_id'], new Set())).toBe('media_locales__parent_id_idx')
  })
  it('keeps long names within 63 characters and distinct', () => {
    const a = joinIndexName(`${'x'.repeat(60)}_a_locales`, ['_parent_id'], new Set())
    const b = joinIndexName(`${'x'.repeat(60)}_b_locales`, ['_parent_id'], new Set())
    expect(a.length).toBeLessThanOrEqual(63)
    expect(a).not.toBe(b)
  })
  it('never reuses a taken name', () => {
    expect(joinIndexName('t', ['c'], new Set(['t_c_idx']))).not.toBe('t_c_idx')
  })
})

describe('addJoinIndexes', () => {
  it('indexes unindexed foreign keys and rels (parent, path), leaves indexed ones alone', () => {
    const adapter = {
      indexes: new Set<string>(),
      relationshipsSuffix: '_rels',
      rawTables: {
        things_locales: {
          name: 'things_locales',
          columns: { _parentID: { name: '_parent_id' }, _locale: { name: '_locale' } },
          foreignKeys: { fk: { columns: ['_parentID'] } },
          indexes: { unique: { name: 'u', on: ['_locale', '_parentID'], unique: true } },
        },
        things_rows: {
          name: 'things_rows',
          columns: { _parentID: { name: '_parent_id' } },
          foreignKeys: { fk: { columns: ['_parentID'] } },
          indexes: { p: { name: 'p', on: '_parentID' } },
        },
        things_rels: {
          name: 'things_rels',
          columns: { parent: { name: 'parent_id' }, path: { name: 'path' }, ownersID: { name: 'owners_id', reference: {} } },
          foreignKeys: { fk: { columns: ['parent'] } },
          indexes: { p: { name: 'p', on: 'parent' } },
        },
      },
    }
    addJoinIndexes(adapter)
    const on = (t: keyof typeof adapter.rawTables) => Object.values(adapter.rawTables[t].indexes).map((i) => i.on)
    expect(on('things_locales')).toEqual([['_locale', '_parentID'], '_parentID'])
    expect(on('things_rows')).toEqual(['_parentID'])
    expect(on('things_rels')).toEqual(['parent', 'ownersID', ['parent', 'path']])
  })
})
