import { describe, expect, it } from 'vitest'

import { toCsv } from './tickets'

describe('attendee CSV', () => {
  it('quotes separators and defuses formulas', () => {
    const csv = toCsv([
      { registrationId: 1, name: 'Awa, "DJ"', email: 'a@x.test', phone: '+22990000000', status: 'confirmed', tier: 'regular', amount: 5000, currency: 'XOF', checkedInAt: null, registeredAt: '2030-01-01T00:00:00.000Z' },
      { registrationId: 2, name: '=HYPERLINK("x")', email: 'b@x.test', phone: null, status: 'checked_in', tier: 'free', amount: 0, currency: 'XOF', checkedInAt: '2030-01-02T00:00:00.000Z', registeredAt: '2030-01-01T00:00:00.000Z' },
    ])
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe('registration,name,email,phone,status,tier,amount,currency,checked_in_at,registered_at')
    expect(lines[1]).toBe('1,"Awa, ""DJ""",a@x.test,\'+22990000000,confirmed,regular,5000,XOF,,2030-01-01T00:00:00.000Z')
    expect(lines[2].startsWith('2,"\'=HYPERLINK(""x"")"')).toBe(true)
  })
})
