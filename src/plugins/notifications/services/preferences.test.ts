import { describe, expect, it } from 'vitest'

import { decideChannels, isChannelEnabled } from './preferences'

describe('preferences', () => {
  it('is on by default', () => {
    expect(isChannelEnabled([], 'payment.succeeded', 'email')).toBe(true)
  })
  it('an exact row wins over the wildcard', () => {
    const prefs = [
      { type: '*', channel: 'email', enabled: false },
      { type: 'payment.succeeded', channel: 'email', enabled: true },
    ]
    expect(isChannelEnabled(prefs, 'payment.succeeded', 'email')).toBe(true)
    expect(isChannelEnabled(prefs, 'badge.awarded', 'email')).toBe(false)
    expect(isChannelEnabled(prefs, 'badge.awarded', 'push')).toBe(true)
  })
  it('critical ignores preferences', () => {
    const prefs = [{ type: 'account', channel: 'sms', enabled: false }]
    expect(decideChannels(['sms', 'email'], prefs, 'account', false)).toEqual([
      { channel: 'sms', send: false, reason: 'preference-off' },
      { channel: 'email', send: true },
    ])
    expect(decideChannels(['sms'], prefs, 'account', true)).toEqual([{ channel: 'sms', send: true }])
  })
})
