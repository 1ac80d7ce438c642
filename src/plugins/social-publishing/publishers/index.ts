import type { Payload } from 'payload'

import type { Platform } from '../constants'
import { facebookPublisher } from './facebook'
import { instagramPublisher } from './instagram'
import { sandboxPublisher } from './sandbox'
import type { Publisher } from './types'
import { xPublisher } from './x'

export * from './types'

const LIVE: Record<Platform, Publisher> = { instagram: instagramPublisher, facebook: facebookPublisher, x: xPublisher }

/** The publisher for an account: the platform's real API, or the local sandbox for sandbox accounts. */
export const publisherFor = (payload: Payload, account: { platform: Platform; mode?: string | null }): Publisher =>
  account.mode === 'live' ? LIVE[account.platform] : sandboxPublisher(payload)
