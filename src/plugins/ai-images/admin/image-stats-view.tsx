/**
 * Admin view /admin/ai-images-stats: the numbers of GET /api/images/statistics as bar charts
 * (plain HTML/CSS, nothing loaded from another host), in French and English. Editors and admins
 * see everyone's images; marketers their own.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { imageStatistics } from '../services/stats'

type Bar = { label: string; value: number }

function Bars({ title, bars, colour }: { title: string; bars: Bar[]; colour: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  return (
    <section style={{ marginTop: 24 }}>
      <h3>{title}</h3>
      {bars.length === 0 ? <p>—</p> : null}
      {bars.map((b) => (
        <div key={b.label} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}>
          <span style={{ width: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{b.label}</span>
          <span style={{ display: 'inline-block', height: 16, width: `${(b.value / max) * 60}%`, minWidth: 2, background: colour, borderRadius: 3 }} />
          <span>{b.value}</span>
        </div>
      ))}
    </section>
  )
}

const STATUS_FR: Record<string, string> = { pending: 'En attente', generating: 'En cours', generated: 'À valider', failed: 'Échec', approved: 'Approuvées', rejected: 'Refusées' }

export async function ImageStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const fr = req.i18n?.language === 'fr'
  const since = new Date(Date.now() - 30 * 86_400_000)
  const stats = user ? await imageStatistics(req, { from: since }) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{fr ? 'Images IA — 30 derniers jours' : 'AI images — last 30 days'}</h1>
        {!stats ? <p>{fr ? 'Connectez-vous.' : 'Please log in.'}</p> : null}
        {stats ? (
          <>
            <p>
              {fr ? 'Demandes' : 'Requests'}: <strong>{stats.requests}</strong> · {fr ? 'Images' : 'Images'}: <strong>{stats.images}</strong> ·{' '}
              {fr ? 'Taux d’approbation' : 'Approval rate'}: <strong>{stats.approvalRate === null ? '—' : `${Math.round(stats.approvalRate * 100)} %`}</strong> ·{' '}
              {fr ? 'Durée moyenne' : 'Average time'}: <strong>{stats.averageGenerationMs === null ? '—' : `${(stats.averageGenerationMs / 1000).toFixed(1)} s`}</strong> ·{' '}
              {fr ? 'Coût estimé' : 'Estimated cost'}: <strong>{(stats.estimatedCost.amount / 100).toFixed(2)} {stats.estimatedCost.currency}</strong>
            </p>
            <Bars title={fr ? 'Par jour' : 'Per day'} colour="#6366f1" bars={stats.perDay.map((d) => ({ label: d.day, value: d.count }))} />
            <Bars title={fr ? 'Par statut' : 'By status'} colour="#0ea5e9" bars={Object.entries(stats.byStatus).map(([k, v]) => ({ label: fr ? (STATUS_FR[k] ?? k) : k, value: v }))} />
            <Bars title={fr ? 'Par style' : 'By style'} colour="#f59e0b" bars={Object.entries(stats.byStyle).map(([k, v]) => ({ label: k, value: v }))} />
            {stats.scope === 'all' ? <Bars title={fr ? 'Par utilisateur' : 'By user'} colour="#10b981" bars={stats.byUser.map((u) => ({ label: u.email, value: u.count }))} /> : null}
          </>
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
