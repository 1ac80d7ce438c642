import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { applyStoredValueRules, dateRangeProblem } from './stored-values'

type V = { name: string; validate?: (v: unknown, o: Record<string, unknown>) => Promise<string | true> | string | true }
const req = { t: (key: string, vars?: Record<string, unknown>) => `${key}${vars ? JSON.stringify(vars) : ''}` }
const find = (fields: Field[], name: string): V | undefined => {
  for (const f of fields as (Field & { fields?: Field[]; name?: string })[]) {
    if (f.name === name) return f as V
    if (f.fields) {
      const inner = find(f.fields, name)
      if (inner) return inner
    }
  }
}

describe('dateRangeProblem', () => {
  it('an end after its start; missing or unreadable dates are left to the other checks', () => {
    expect(dateRangeProblem('2026-12-01', '2026-12-02', 'startDate')).toBe(true)
    expect(dateRangeProblem('2026-12-02', '2026-12-01', 'startDate')).toBe('Must be after startDate.')
    expect(dateRangeProblem('2026-12-02T10:00:00Z', '2026-12-02T10:00:00Z', 'opensAt')).toBe('Must be after opensAt.')
    expect(dateRangeProblem(undefined, '2026-12-01', 'startDate')).toBe(true)
    expect(dateRangeProblem('2026-12-01', null, 'startDate')).toBe(true)
  })
})

describe('applyStoredValueRules', () => {
  const fields: Field[] = [
    { type: 'row', fields: [{ name: 'startDate', type: 'date' }, { name: 'endDate', type: 'date', required: true }] },
    { name: 'window', type: 'group', fields: [{ name: 'from', type: 'date' }, { name: 'to', type: 'date', custom: { after: 'from' } }] },
    { name: 'price', type: 'number', min: 0, validate: (v: unknown) => (v == null || Number.isInteger(v) ? true : 'integer') },
    { name: 'plain', type: 'number', min: 0 },
    // a start at another level is not a pair
    { name: 'nested', type: 'group', fields: [{ name: 'endDate', type: 'date' }] },
  ]
  const out = applyStoredValueRules(fields)

  it('pairs start/end dates by name among siblings (rows are transparent) or by custom.after', async () => {
    const end = find(out, 'endDate') as V
    expect(await end.validate!('2026-12-01', { req, siblingData: { startDate: '2026-12-05' } })).toBe('Must be after startDate.')
    expect(await end.validate!('2026-12-09', { req, siblingData: { startDate: '2026-12-05' } })).toBe(true)
    // the default date validation still runs: required
    expect(await end.validate!(undefined, { req, siblingData: {}, required: true })).not.toBe(true)
    const to = find(out, 'to') as V
    expect(await to.validate!('2026-01-01', { req, siblingData: { from: '2026-02-01' } })).toBe('Must be after from.')
    const nestedEnd = ((out[4] as { fields: Field[] }).fields[0] as V).validate
    expect(nestedEnd).toBeUndefined()
  })

  it('min/max of a number field hold beside its own validate', async () => {
    const price = find(out, 'price') as V
    expect(await price.validate!(-500, { req })).not.toBe(true)
    expect(await price.validate!(1.5, { req })).toBe('integer')
    expect(await price.validate!(1200, { req })).toBe(true)
    // without its own validate, Payload's default (with the bounds) is left in place
    expect((find(out, 'plain') as V).validate).toBeUndefined()
  })
})
