'use client'
/**
 * Charts of the dashboard widgets (recharts, bundled: nothing fetched). `DailyChart` draws one
 * line or bar series per key over the last 30 days; money series are minor units of `currency`
 * and are labelled as money.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { formatMoney } from '../../lib/money'
import type { SeriesPoint } from './series'
import { useLang } from '../fields/shared'

const COLORS = ['#2f80ed', '#eb5757', '#27ae60', '#f2994a', '#9b51e0', '#56ccf2', '#6fcf97']

export type ChartSeries = { key: string; label: string; currency?: string }

export function DailyChart({ points, series, kind = 'line', height = 220, title }: { points: SeriesPoint[]; series: ChartSeries[]; kind?: 'bar' | 'line'; height?: number; title: string }) {
  const lang = useLang()
  const day = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const format = (value: unknown, key: string) => {
    const s = series.find((x) => x.key === key)
    return s?.currency ? formatMoney(Number(value), s.currency, lang) : String(value)
  }
  const money = series.length > 0 && series.every((s) => s.currency === series[0].currency && s.currency)
  const axis = (v: number) => (money ? formatMoney(v, series[0].currency, lang) : String(v))
  const Chart = kind === 'bar' ? BarChart : LineChart
  return (
    <figure aria-label={title} className="vibe-chart" style={{ margin: '8px 0 0' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{title}</figcaption>
      {series.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{lang === 'fr' ? 'Rien sur les 30 derniers jours.' : 'Nothing in the last 30 days.'}</p>
      ) : (
        <ResponsiveContainer height={height} width="100%">
          <Chart data={points} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--theme-elevation-100)" strokeDasharray="3 3" />
            <XAxis dataKey="day" fontSize={11} tickFormatter={day} />
            <YAxis allowDecimals={false} fontSize={11} tickFormatter={axis} width={money ? 80 : 40} />
            <Tooltip formatter={(value, key) => format(value, String(key))} labelFormatter={(d) => day(String(d))} />
            {series.length > 1 ? <Legend /> : null}
            {series.map((s, i) =>
              kind === 'bar' ? (
                <Bar dataKey={s.key} fill={COLORS[i % COLORS.length]} isAnimationActive={false} key={s.key} name={s.label} stackId={money ? undefined : 'a'} />
              ) : (
                <Line dataKey={s.key} dot={false} isAnimationActive={false} key={s.key} name={s.label} stroke={COLORS[i % COLORS.length]} strokeWidth={2} type="monotone" />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      )}
    </figure>
  )
}

/** One bar per category (a course, a provider…): `bars` are the series drawn side by side. */
export function CategoryBarChart({ data, bars, title, height = 240, unit }: { data: ({ name: string } & Record<string, number | string>)[]; bars: ChartSeries[]; title: string; height?: number; unit?: string }) {
  return (
    <figure aria-label={title} className="vibe-chart" style={{ margin: '8px 0 0' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{title}</figcaption>
      <ResponsiveContainer height={height} width="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--theme-elevation-100)" strokeDasharray="3 3" />
          <XAxis dataKey="name" fontSize={11} />
          <YAxis fontSize={11} unit={unit} width={48} />
          <Tooltip />
          {bars.length > 1 ? <Legend /> : null}
          {bars.map((b, i) => (
            <Bar dataKey={b.key} fill={COLORS[i % COLORS.length]} isAnimationActive={false} key={b.key} name={b.label} unit={unit} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
