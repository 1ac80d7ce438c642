/**
 * Social publishing's dashboard widget: posts that failed, posts waiting for an account to be
 * reconnected (and the accounts to reconnect), and 30 days of published posts. Read with the
 * viewer's access (services/dashboard.ts): admins see all, marketers and editors their own.
 */
import type { WidgetServerProps } from 'payload'

import { listLink } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'
import { ACCOUNTS, POSTS } from '../constants'
import { socialDashboard } from '../services/dashboard'

export async function SocialWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const { failed, waiting, reconnect, published } = await socialDashboard(req)
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Publications échouées' : 'Failed posts', count: failed, tone: 'alert', href: listLink(req, POSTS, { status: { equals: 'failed' } }) },
        { label: fr ? 'Publications en attente de reconnexion' : 'Posts waiting for reconnection', count: waiting, tone: 'alert', href: listLink(req, POSTS, { status: { equals: 'waiting' } }) },
        { label: fr ? 'Comptes à reconnecter' : 'Accounts to reconnect', count: reconnect, tone: 'alert', href: listLink(req, ACCOUNTS, { status: { equals: 'reconnect_needed' } }) },
      ]}
      title={fr ? 'Publication sociale' : 'Social publishing'}
    >
      <DailyChart kind="bar" points={published.points} series={published.keys.map((k) => ({ key: k, label: fr ? 'Publiées' : 'Published' }))} title={fr ? 'Publications (30 jours)' : 'Posts published (30 days)'} />
    </WidgetFrame>
  )
}
