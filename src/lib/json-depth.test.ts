import { describe, expect, it } from 'vitest'

import { jsonNestsDeeperThan, valueNestsDeeperThan } from './json-depth'

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n)

describe('JSON nesting depth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan(nested(64))).toBe(false)
    expect(jsonNestsDeeperThan(nested(65))).toBe(true)
    expect(jsonNestsDeeperThan(nested(10_000))).toBe(true)
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(500)}\\"[[["}`)).toBe(false)
    expect(jsonNestsDeeperThan('{"a":{"b":{"c":1}}}', 3)).toBe(false)
    expect(jsonNestsDeeperThan('{"a":{"b":{"c":[1]}}}', 3)).toBe(true)
  })

  it('measures a parsed value without recursing', () => {
    expect(valueNestsDeeperThan(JSON.parse(nested(64)))).toBe(false)
    expect(valueNestsDeeperThan(JSON.parse(nested(65)))).toBe(true)
    expect(valueNestsDeeperThan(JSON.parse(nested(10_000)))).toBe(true)
    expect(valueNestsDeeperThan({ a: [{ b: 'x' }], c: 1 }, 3)).toBe(false)
    expect(valueNestsDeeperThan({ a: [{ b: ['x'] }] }, 3)).toBe(true)
    expect(valueNestsDeeperThan('text')).toBe(false)
  })
})
