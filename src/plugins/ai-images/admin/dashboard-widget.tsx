/**
 * AI images' dashboard widget: images waiting for review, generations that failed in the last 30
 * days, and 30 days of generations. Read with the viewer's access (services/dashboard.ts):
 * reviewers see every image, a marketer their own requests.
 */
import type { WidgetServerProps } from 'payload'

import { listLink } from '../../../admin/dashboard'
import { DailyChart } from '../../../admin/dashboard/charts'
import { WidgetFrame } from '../../../admin/dashboard/widget-frame'
import { IMAGES } from '../constants'
import { imagesDashboard } from '../services/dashboard'

export async function AiImagesWidget({ req }: WidgetServerProps) {
  const fr = req.i18n?.language !== 'en'
  const { toReview, failed, generations } = await imagesDashboard(req)
  const labels: Record<string, string> = { generated: fr ? 'Générées' : 'Generated', failed: fr ? 'Échouées' : 'Failed' }
  return (
    <WidgetFrame
      counts={[
        { label: fr ? 'Images à valider' : 'Images to review', count: toReview, tone: 'alert', href: listLink(req, IMAGES, { status: { equals: 'generated' } }) },
        { label: fr ? 'Générations échouées (30 jours)' : 'Failed generations (30 days)', count: failed, tone: 'alert', href: listLink(req, IMAGES, { status: { equals: 'failed' } }) },
      ]}
      title={fr ? 'Images IA' : 'AI images'}
    >
      <DailyChart kind="bar" points={generations.points} series={generations.keys.map((k) => ({ key: k, label: labels[k] ?? k }))} title={fr ? 'Générations (30 jours)' : 'Generations (30 days)'} />
    </WidgetFrame>
  )
}
