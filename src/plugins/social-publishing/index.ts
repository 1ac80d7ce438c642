/**
 * Social publishing (seed 004): connected accounts (tokens encrypted at rest), scheduled posts with
 * per-platform variants, a publishing job that publishes each post exactly once (Instagram Graph
 * API, Facebook Pages, X API v2, or the local sandbox), recurring schedules and a slot queue,
 * analytics synced from the platforms. See README.md.
 *
 * Public API for other plugins: `registerPostImageCollector` (add images to a post, e.g. ai-images'
 * generated images) and `registerImageSource('tag', …)` (where recurring schedules take images).
 */
import type { Config, Plugin } from 'payload'

import type { Role } from '../../access/roles'

import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'
import { registerNotificationTemplates } from '../notifications'
import { PostAnalytics } from './collections/post-analytics'
import { PostingSchedules } from './collections/posting-schedules'
import { SandboxLog } from './collections/sandbox-log'
import { ScheduledPosts } from './collections/scheduled-posts'
import { SocialAccounts } from './collections/social-accounts'
import { socialEndpoints } from './endpoints'
import { socialTasks } from './jobs'
import { RECONNECT_TYPE } from './services/accounts'

export { POSTS as SCHEDULED_POSTS_SLUG, SOCIAL_QUEUE } from './constants'
export { collectPostImages, registerImageSource, registerPostImageCollector, type ImageSource, type PostImageCollector } from './services/images'
export { runPublishing } from './services/publishing'
export { seedSocialPublishing } from './seed'

/** Who works with social publishing in the admin (admins see everything). */
const SOCIAL_ADMIN_ROLES: Role[] = ['marketer', 'editor']

const texts = {
  fr: { title: 'Compte {{ platform }} à reconnecter', subject: 'Reconnectez votre compte {{ account }}', body: 'Votre compte {{ platform }} « {{ account }} » doit être reconnecté : {{ reason }}\nLes publications prévues attendent la reconnexion.' },
  en: { title: 'Reconnect your {{ platform }} account', subject: 'Reconnect your {{ account }} account', body: 'Your {{ platform }} account “{{ account }}” needs to be reconnected: {{ reason }}\nScheduled posts wait until it is reconnected.' },
}
registerNotificationTemplates(
  (['in-app', 'email'] as const).flatMap((channel) => (['fr', 'en'] as const).map((locale) => ({ type: RECONNECT_TYPE, channel, locale, ...texts[locale] }))),
)

export const socialPublishingPlugin =
  (): Plugin =>
  (config: Config): Config =>
    addDashboardWidgets(
      {
        ...config,
        admin: {
          ...config.admin,
          components: {
            ...config.admin?.components,
            views: {
              ...config.admin?.components?.views,
              // content calendar: /admin/social-calendar (?view=week|month&date=YYYY-MM-DD&tz=Europe/Paris)
              socialCalendar: { Component: '/plugins/social-publishing/admin/content-calendar.tsx#ContentCalendar', path: '/social-calendar' },
            },
          },
        },
        collections: [
          ...(config.collections ?? []),
          // analytics stay next to the posts: marketers read their own posts' numbers there
          ...forRoles([SocialAccounts, ScheduledPosts, PostingSchedules, PostAnalytics], SOCIAL_ADMIN_ROLES),
          // what the sandbox would have sent: a debugging log
          asSystem(SandboxLog),
        ],
        endpoints: [...(config.endpoints ?? []), ...socialEndpoints],
        jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...socialTasks] },
      },
      [{ slug: 'social-overview', Component: '/plugins/social-publishing/admin/dashboard-widget#SocialWidget', label: { en: 'Social publishing', fr: 'Publication sociale' }, roles: SOCIAL_ADMIN_ROLES, order: 50, width: 'medium' }],
    )
