/**
 * Which channels a notification goes to, from the user's preferences. Pure: the caller loads the
 * preference rows. The model is opt-out: a channel is on unless the user turned it off for this
 * type, or for every type (`type: '*'`) without turning it back on for this one.
 */
import { ALL_TYPES, type Channel } from '../constants'

export type PreferenceRow = { channel: string; enabled: boolean; type: string }

export function isChannelEnabled(prefs: PreferenceRow[], type: string, channel: Channel): boolean {
  const exact = prefs.find((p) => p.type === type && p.channel === channel)
  if (exact) return exact.enabled
  const wildcard = prefs.find((p) => p.type === ALL_TYPES && p.channel === channel)
  return wildcard ? wildcard.enabled : true
}

export type ChannelDecision = { channel: Channel; reason?: 'preference-off'; send: boolean }

/** Critical notifications (security, payment receipts) ignore preferences. */
export function decideChannels(channels: readonly Channel[], prefs: PreferenceRow[], type: string, critical: boolean): ChannelDecision[] {
  return channels.map((channel) =>
    critical || isChannelEnabled(prefs, type, channel) ? { channel, send: true } : { channel, send: false, reason: 'preference-off' as const },
  )
}
