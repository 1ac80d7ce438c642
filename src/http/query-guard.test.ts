import type { SanitizedConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { createQueryChecker, parseQuery, urlProblem } from './query-guard'

const config = {
  maxDepth: 10,
  localization: { localeCodes: ['fr', 'en'] },
  globals: [{ slug: 'site', flattenedFields: [{ name: 'title', type: 'text' }] }],
  collections: [
    {
      slug: 'restaurants',
      flattenedFields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'status', type: 'select', options: [{ value: 'open', label: 'Open' }, 'closed'] },
        { name: 'tags', type: 'select', hasMany: true, options: ['a', 'b'] },
        { name: 'rating', type: 'number' },
        { name: 'openedAt', type: 'date' },
        { name: 'active', type: 'checkbox' },
        { name: 'owner', type: 'relationship', relationTo: 'users' },
        { name: 'link', type: 'relationship', relationTo: ['users', 'restaurants'] },
        { name: 'meta', type: 'json' },
        { name: 'address', type: 'group', flattenedFields: [{ name: 'city', type: 'text' }] },
        { name: 'items', type: 'array', flattenedFields: [{ name: 'qty', type: 'number' }] },
      ],
    },
    { slug: 'users', flattenedFields: [{ name: 'email', type: 'email' }, { name: 'createdAt', type: 'date' }] },
  ],
} as unknown as SanitizedConfig

const check = createQueryChecker(config)
const problem = (path: string, search: string): null | string => {
  try {
    check(path, parseQuery(search))
    return null
  } catch (err) {
    return (err as Error).message
  }
}

describe('query checks', () => {
  it('page, limit and depth are integers within bounds', () => {
    expect(problem('/restaurants', '?page=2&limit=0&depth=3')).toBeNull()
    expect(problem('/restaurants', '?page=&limit=')).toBeNull()
    for (const q of ['page=-5', 'page=0', 'page=1.5', 'page=abc', 'page=1&page=2', 'limit=-1', 'limit=1001', 'depth=11', 'depth=999']) {
      expect(problem('/restaurants', `?${q}`), q).toMatch(new RegExp(`^Invalid query parameter "${q.split('=')[0]}"`))
    }
  })

  it('operators that fit the field type, values of that type', () => {
    for (const q of [
      'where[name][like]=pi',
      'where[name.en][contains]=pi',
      'where[status][equals]=open',
      'where[status][in]=open,closed',
      'where[tags][in]=a',
      'where[rating][greater_than]=3.5',
      'where[openedAt][less_than]=2026-01-01',
      'where[active][equals]=true',
      'where[owner][equals]=4',
      'where[owner.email][like]=x',
      'where[owner.createdAt][exists]=true',
      'where[link.value][equals]=3',
      'where[link.relationTo][equals]=users',
      'where[meta][exists]=false',
      'where[meta.some.key][equals]=x',
      'where[address.city][like]=Par',
      'where[items.qty][greater_than]=1',
      'where[or][0][name][like]=a&where[or][1][and][0][rating][equals]=null',
      'where[status][equals]=null',
    ]) {
      expect(problem('/restaurants', `?${q}`), q).toBeNull()
    }
    for (const [q, why] of [
      ['where[id][near]=1,2,abc,def', 'needs a point field'],
      ['where[name][all]=x', '"all" is not supported'],
      ['where[status][like]=x', 'cannot be used on a select field'],
      ['where[status][contains]=x', 'cannot be used'],
      ['where[status][equals]=nope', 'must be one of open, closed'],
      ['where[rating][equals]=abc', 'must be a number'],
      ['where[rating][like]=1', 'cannot be used on a number field'],
      ['where[openedAt][greater_than]=yesterday', 'must be a date'],
      ['where[active][equals]=yes', 'must be true or false'],
      ['where[active][like]=t', 'cannot be used'],
      ['where[owner][equals]=abc', 'must be a document id'],
      ['where[owner][like]=1', 'cannot be used'],
      ['where[owner][in]=1,x', 'every value must be a document id'],
      ['where[link][equals]=1', 'links to several collections'],
      ['where[meta][like]=x', 'cannot be used'],
      ['where[address][equals]=x', 'is a group'],
      ['where[nope][equals]=x', 'is not a field here'],
      ['where[owner.nope][equals]=x', 'is not a field here'],
      ['where[name][bogus]=x', 'unknown operator'],
      ['where[name][exists]=maybe', 'must be true or false'],
      ['where[name]=x', 'must be an object of operator and value'],
      ['where[name][equals][a]=x', 'must be a single value'],
      ['where[or]=x', 'must be a list of conditions'],
      ['where=x', 'must be an object of conditions'],
    ]) {
      expect(problem('/restaurants', `?${q}`), q).toContain(why)
    }
    const deep = 'where' + '[or][0]'.repeat(8) + '[name][equals]=x'
    // qs stops splitting brackets at depth 10: the rest is one key, not a field path
    expect(problem('/restaurants', `?${deep}`)).toMatch(/Invalid query parameter/)
    const many = Array.from({ length: 101 }, (_, i) => `where[or][${i}][name][equals]=x`).join('&')
    expect(problem('/restaurants', `?${many}`)).toContain('more than 100 conditions')
  })

  it('sort: existing single-valued fields only', () => {
    expect(problem('/restaurants', '?sort=-rating,name')).toBeNull()
    expect(problem('/restaurants', '?sort=owner.email')).toBeNull()
    expect(problem('/restaurants', '?sort=nope')).toContain('"nope" is not a field here')
    expect(problem('/restaurants', '?sort=items.qty')).toContain('cannot be sorted on')
    expect(problem('/restaurants', '?sort=tags')).toContain('cannot be sorted on')
    expect(problem('/restaurants', '?sort=meta')).toContain('cannot be sorted on')
  })

  it('routes without fields: shapes only; globals: their own fields', () => {
    expect(problem('/payments/webhooks/x', '?sort=anything&where[a][equals]=1')).toBeNull()
    expect(problem('/payments/webhooks/x', '?where[a][near]=1,2')).toContain('needs a point field')
    expect(problem('/globals/site', '?where[title][like]=x')).toBeNull()
    expect(problem('/globals/site', '?where[nope][like]=x')).toContain('is not a field here')
    expect(problem('/restaurants/count', '?where[rating][like]=1')).toContain('cannot be used')
    expect(problem('/restaurants/12', '?depth=2')).toBeNull()
  })
})

describe('urlProblem', () => {
  it('NUL bytes and broken percent-encodings in the path or the query', () => {
    expect(urlProblem('/api/users?where[email][like]=a%40b&x=%20+y')).toBeNull()
    expect(urlProblem('/api/users%00')).toContain('NUL')
    expect(urlProblem('/api/users/%E0%A4')).toContain('percent-encoding')
    expect(urlProblem('/api/users?x=%00')).toContain('NUL')
    expect(urlProblem('/api/users?x=%E0%A4%A')).toContain('percent-encoding')
    expect(urlProblem('/api/users?x=100%')).toContain('percent-encoding')
  })
})
