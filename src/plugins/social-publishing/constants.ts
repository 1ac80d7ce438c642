/** Slugs, queue and roles of the social-publishing plugin. */
import type { Role } from '../../access/roles'

export const GROUP = { en: 'Social publishing', fr: 'Publication sociale' }

export const ACCOUNTS = 'social-accounts'
export const POSTS = 'scheduled-posts'
export const SCHEDULES = 'posting-schedules'
export const ANALYTICS = 'post-analytics'
export const SANDBOX_LOG = 'social-sandbox-log'

export const SOCIAL_QUEUE = 'social'
export const PUBLISH_TASK = 'social-publish-due'
export const SYNC_ANALYTICS_TASK = 'social-sync-analytics'
export const CHECK_TOKENS_TASK = 'social-check-tokens'
export const RUN_SCHEDULES_TASK = 'social-run-schedules'

/** Who may connect accounts and schedule posts (admins always may). */
export const SOCIAL_ROLES: Role[] = ['marketer', 'editor', 'admin']

export const PLATFORMS = ['instagram', 'facebook', 'x'] as const
export type Platform = (typeof PLATFORMS)[number]

export const PLATFORM_LABELS: Record<Platform, { en: string; fr: string }> = {
  instagram: { en: 'Instagram (business account)', fr: 'Instagram (compte professionnel)' },
  facebook: { en: 'Facebook page', fr: 'Page Facebook' },
  x: { en: 'X account', fr: 'Compte X' },
}
