import { describe, expect, it } from 'vitest'

import { parseJsonObject } from './json-object'

describe('parseJsonObject', () => {
  it('an object, or {} for an empty body', () => {
    expect(parseJsonObject('{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parseJsonObject('  ')).toEqual({ ok: true, value: {} })
  })
  it('refuses malformed JSON and anything but an object', () => {
    expect(parseJsonObject('{"a":')).toEqual({ ok: false, message: 'Malformed JSON body.' })
    for (const other of ['"str"', '[]', '12', 'null', 'true']) expect(parseJsonObject(other)).toEqual({ ok: false, message: 'The request body must be a JSON object.' })
  })
})
