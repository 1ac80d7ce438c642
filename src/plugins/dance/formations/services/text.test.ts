import { describe, expect, it } from 'vitest'

import { foldText, lexicalPlainText, prefixTsQuery, queryTerms, readingMinutes, searchTextOf, validateVideoUrl } from './text'

const doc = (...paragraphs: string[]) => ({
  root: { type: 'root', children: paragraphs.map((p) => ({ type: 'paragraph', children: [{ type: 'text', text: p }] })) },
})

describe('formation text', () => {
  it('reads the plain text of a Lexical document', () => {
    expect(lexicalPlainText(doc('Le pas de base.', 'Le décalé.'))).toBe('Le pas de base.\nLe décalé.')
    expect(lexicalPlainText(null)).toBe('')
    expect(lexicalPlainText({ root: 'x' })).toBe('')
  })

  it('computes the reading time at 200 words a minute, at least 1', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('mot '.repeat(200))).toBe(1)
    expect(readingMinutes('mot '.repeat(201))).toBe(2)
    expect(readingMinutes("l'écoute du décalé ".repeat(300))).toBe(5)
  })

  it('folds accents and ligatures; the title is the first line of the search text', () => {
    expect(foldText('Théorie du DÉCALÉ, cœur')).toBe('theorie du decale coeur')
    expect(searchTextOf({ title: 'Théorie', excerpt: 'Un résumé', content: doc('Le décalé') })).toBe('theorie\nun resume\nle decale')
  })

  it('turns a query into safe prefix terms', () => {
    expect(queryTerms("Théorie & l'écoute | !:*")).toEqual(['theorie', 'l', 'ecoute'])
    expect(prefixTsQuery(['theorie', 'decale'])).toBe('theorie:* & decale:*')
    expect(queryTerms('  ')).toEqual([])
  })

  it('accepts only absolute http(s) video URLs', () => {
    expect(validateVideoUrl('https://youtu.be/abc')).toBe(true)
    expect(validateVideoUrl(undefined)).toBe(true)
    expect(validateVideoUrl('javascript:alert(1)')).toMatch(/http/)
    expect(validateVideoUrl('ftp://x.org/v.mp4')).toMatch(/http/)
    expect(validateVideoUrl('not a url')).toMatch(/URL/)
  })
})
