/**
 * Admin view /admin/social-calendar: the content calendar (month or week) of scheduled and
 * published posts, in a chosen time zone; the signed-in marketer's posts (admins: all). Same data
 * as GET /api/social/calendar. Links open the post in the admin.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { canUseSocial } from '../access'
import { calendar } from '../services/posts'
import { isTimeZone } from '../services/recurrence'

const STATUS_COLOURS: Record<string, string> = {
  published: '#2e7d32',
  scheduled: '#1565c0',
  publishing: '#6a1b9a',
  retry: '#ef6c00',
  waiting: '#ef6c00',
  failed: '#c62828',
  draft: '#616161',
  cancelled: '#9e9e9e',
}
const DAYS = { en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], fr: ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'] }

const iso = (d: Date) => d.toISOString().slice(0, 10)
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)

export async function ContentCalendar({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const fr = req.i18n?.language === 'fr'
  const sp = (searchParams ?? {}) as Record<string, string | undefined>
  const mode = sp.view === 'week' ? 'week' : 'month'
  const tz = sp.tz && isTimeZone(sp.tz) ? sp.tz : 'Europe/Paris'
  const anchor = /^\d{4}-\d{2}-\d{2}$/.test(sp.date ?? '') ? new Date(`${sp.date}T00:00:00Z`) : new Date(`${iso(new Date())}T00:00:00Z`)
  const first = mode === 'month' ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 1)) : anchor
  const start = addDays(first, -((first.getUTCDay() + 6) % 7)) // back to Monday
  const last = mode === 'month' ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0)) : addDays(start, 6)
  const end = addDays(last, (7 - ((last.getUTCDay() + 6) % 7) - 1) % 7) // forward to Sunday
  let days = new Map<string, { id: number; title?: string; caption?: string; status: string; time: string; platforms: string[] }[]>()
  let problem: string | null = null
  if (!user || !canUseSocial(user)) problem = fr ? 'Réservé aux marketeurs, éditeurs et administrateurs.' : 'For marketers, editors and admins.'
  else {
    try {
      const cal = await calendar(req, { from: iso(start), to: iso(end), timezone: tz })
      days = new Map(cal.days.map((d) => [d.date, d.posts as never]))
    } catch (error) {
      problem = (error as Error).message
    }
  }
  const weeks: Date[][] = []
  for (let d = start; d <= end; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)))
  const step = mode === 'month' ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 1)) : addDays(anchor, 7)
  const back = mode === 'month' ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, 1)) : addDays(anchor, -7)
  const link = (date: Date, view = mode) => `?view=${view}&date=${iso(date)}&tz=${encodeURIComponent(tz)}`
  const title = mode === 'month' ? anchor.toLocaleDateString(fr ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }) : `${iso(start)} → ${iso(end)}`
  const cell = { border: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' as const, padding: 6, width: '14.28%', height: mode === 'month' ? 110 : 260 }
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
        <h1>{fr ? 'Calendrier des publications' : 'Content calendar'}</h1>
        <p>
          <a href={link(back)}>← {fr ? 'Précédent' : 'Previous'}</a> · <strong>{title}</strong> ({tz}) · <a href={link(step)}>{fr ? 'Suivant' : 'Next'} →</a> ·{' '}
          <a href={link(anchor, 'month')}>{fr ? 'Mois' : 'Month'}</a> / <a href={link(anchor, 'week')}>{fr ? 'Semaine' : 'Week'}</a>
        </p>
        {problem ? <p>{problem}</p> : null}
        <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
          <thead>
            <tr>
              {DAYS[fr ? 'fr' : 'en'].map((d) => (
                <th key={d} style={{ textAlign: 'left', padding: 6 }}>
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={iso(week[0])}>
                {week.map((day) => (
                  <td key={iso(day)} style={{ ...cell, opacity: mode === 'month' && day.getUTCMonth() !== anchor.getUTCMonth() ? 0.5 : 1 }}>
                    <div style={{ fontWeight: 600 }}>{day.getUTCDate()}</div>
                    {(days.get(iso(day)) ?? []).map((p) => (
                      <div key={p.id} style={{ fontSize: 12, marginTop: 4, borderLeft: `3px solid ${STATUS_COLOURS[p.status] ?? '#999'}`, paddingLeft: 4 }}>
                        <a href={`/admin/collections/scheduled-posts/${p.id}`}>
                          {p.time} {p.title || (p.caption ?? '').slice(0, 40)}
                        </a>
                        <div style={{ color: 'var(--theme-elevation-500)' }}>
                          {p.status} · {p.platforms.join(', ')}
                        </div>
                      </div>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Gutter>
    </DefaultTemplate>
  )
}
