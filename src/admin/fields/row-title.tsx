'use client'
/**
 * Title of an array row in the admin: the row's first filled fields (e.g. "Burger Royal · 2",
 * "pending → confirmed") instead of "Row 01". The core gives it to every array without a label
 * component of its own (`readableJsonFields` in ./index.ts picks the fields).
 */
import { useRowLabel, useTranslation } from '@payloadcms/ui'

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return ''
  if (typeof value === 'object') {
    const v = value as { title?: unknown; name?: unknown; email?: unknown; id?: unknown }
    return String(v.title ?? v.name ?? v.email ?? v.id ?? '')
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value).toLocaleString()
  return String(value)
}

export function RowTitle({ fields = [], separator = ' · ' }: { fields?: string[]; separator?: string }) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const parts = fields.map((f) => show(data?.[f])).filter(Boolean)
  const fallback = `${i18n.language === 'en' ? 'Row' : 'Ligne'} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`
  return <span className="vibe-row-title">{parts.length ? parts.join(separator) : fallback}</span>
}
