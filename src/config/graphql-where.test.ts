import { describe, expect, it } from 'vitest'

import { asQueryValues } from './graphql-where'

describe('asQueryValues', () => {
  it('turns GraphQL where values into what the query string would carry', () => {
    expect(asQueryValues({ price: { greater_than: 0 }, active: { equals: true }, owner: { in: [1, 2] }, slug: { equals: null } })).toEqual({
      price: { greater_than: '0' },
      active: { equals: 'true' },
      owner: { in: ['1', '2'] },
      slug: { equals: 'null' },
    })
    expect(asQueryValues({ OR: [{ title: { like: 'a' } }, { AND: [{ n: { less_than: 2.5 } }] }] })).toEqual({ OR: [{ title: { like: 'a' } }, { AND: [{ n: { less_than: '2.5' } }] }] })
    // shapes the checks refuse stay recognisable: nested lists, objects as values
    expect(asQueryValues({ a: { in: [[1]] }, b: { equals: { x: 1 } } })).toEqual({ a: { in: [['1']] }, b: { equals: { x: '1' } } })
  })
})
