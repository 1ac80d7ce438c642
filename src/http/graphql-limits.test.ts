import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

import { depthLimitRule, limitedParse, MAX_QUERY_CHARS, validateInStages } from './graphql-limits'

// the same (CommonJS) copy of graphql as the limits and Payload's schema
const { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

const schema = buildSchema(`
  type User { id: ID, name: String, friend: User }
  type Query { me: User }
`)

/** A rule that, like Payload's complexity rule, follows fragment spreads without a guard. */
const naiveFragmentWalker = (context: import('graphql').ValidationContext) => ({
  OperationDefinition() {
    const walk = (name: string): number => {
      const f = context.getFragment(name)
      return 1 + (f?.selectionSet.selections.filter((s) => s.kind === 'FragmentSpread').reduce((n, s) => n + walk((s as { name: { value: string } }).name.value), 0) ?? 0)
    }
    for (const def of context.getDocument().definitions) if (def.kind === 'FragmentDefinition') walk(def.name.value)
  },
})

const errors = (query: string, rules = [...specifiedRules]) => validateInStages(schema, limitedParse(query), rules).map((e) => e.message)

describe('GraphQL limits', () => {
  it('a fragment cycle is graphql’s validation error, before any rule that would loop on it', () => {
    const cycle = 'query { me { ...A } } fragment A on User { id ...B } fragment B on User { name ...A }'
    // control: all rules side by side (graphql-http's default) overflow the stack — the 500
    expect(() => validate(schema, parse(cycle), [...specifiedRules, naiveFragmentWalker])).toThrow(RangeError)
    expect(() => validateInStages(schema, limitedParse(cycle), [...specifiedRules, naiveFragmentWalker])).not.toThrow()
    expect(errors(cycle, [...specifiedRules, naiveFragmentWalker])[0]).toMatch(/Cannot spread fragment "A" within itself/)
  })

  it('depth: fragments inlined; the introspection query passes', () => {
    let deep = 'id'
    for (let i = 0; i < 25; i++) deep = `friend { ${deep} }`
    expect(errors(`query { me { ${deep} } }`)).toEqual(['The query nests deeper than 20 fields.'])
    let viaFragments = 'fragment F0 on User { id }'
    for (let i = 1; i <= 25; i++) viaFragments += ` fragment F${i} on User { friend { ...F${i - 1} } }`
    expect(errors(`query { me { ...F25 } } ${viaFragments}`)).toEqual(['The query nests deeper than 20 fields.'])
    let ok = 'id'
    for (let i = 0; i < 18; i++) ok = `friend { ${ok} }`
    expect(errors(`query { me { ${ok} } }`)).toEqual([])
    expect(errors(getIntrospectionQuery())).toEqual([])
  })

  it('size: characters and tokens', () => {
    expect(() => limitedParse(`query { me { id ${' '.repeat(MAX_QUERY_CHARS)} } }`)).toThrow(/longer than/)
    expect(() => limitedParse(`query { me { ${'id '.repeat(25_000)} } }`)).toThrow(/token/)
  })

  it('the depth rule on its own, with a chosen limit', () => {
    expect(validate(schema, parse('query { me { friend { id } } }'), [depthLimitRule(2)]).map((e) => e.message)).toEqual(['The query nests deeper than 2 fields.'])
    expect(validate(schema, parse('query { me { id } }'), [depthLimitRule(2)])).toEqual([])
  })
})
