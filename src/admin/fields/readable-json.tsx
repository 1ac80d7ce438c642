'use client'
/**
 * Read-only structured data (an address as sent, the options a customer chose, a quiz paper and
 * its answers, a provider's answer) shown as labelled rows instead of a code editor. The core
 * gives it to every JSON field that editors cannot change (see `readableJsonFields`).
 */
import type { JSONFieldClientProps } from 'payload'
import type { ReactNode } from 'react'

import { useField } from '@payloadcms/ui'

import { cell, FieldShell, t, table, useLang } from './shared'

const humanize = (key: string) => key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())

function Value({ value, lang, depth }: { value: unknown; lang: 'en' | 'fr'; depth: number }): ReactNode {
  if (value === null || value === undefined || value === '') return <span style={{ color: 'var(--theme-elevation-400)' }}>—</span>
  if (typeof value === 'boolean') return t(lang, value ? 'yes' : 'no', value ? 'oui' : 'non')
  if (typeof value !== 'object') return String(value)
  if (depth > 5) return <code>{JSON.stringify(value)}</code>
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return value.map((v) => String(v)).join(', ')
    return (
      <ol style={{ margin: 0, paddingLeft: 18 }}>
        {value.map((v, i) => (
          <li key={i}>
            <Value depth={depth + 1} lang={lang} value={v} />
          </li>
        ))}
      </ol>
    )
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return <span style={{ color: 'var(--theme-elevation-400)' }}>—</span>
  return (
    <table style={table}>
      <tbody>
        {entries.map(([k, v]) => (
          <tr key={k}>
            <th style={{ ...cell, fontWeight: 500, width: '30%' }}>{humanize(k)}</th>
            <td style={cell}>
              <Value depth={depth + 1} lang={lang} value={v} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ReadableJsonField(props: JSONFieldClientProps) {
  const { path, field } = props
  const lang = useLang()
  const { value } = useField<unknown>({ path })
  return (
    <FieldShell field={field} path={path}>
      <div className="vibe-readable-json">
        <Value depth={0} lang={lang} value={value} />
      </div>
      {value !== null && value !== undefined ? (
        <details style={{ marginTop: 6 }}>
          <summary style={{ cursor: 'pointer', color: 'var(--theme-elevation-500)' }}>{t(lang, 'Raw data', 'Données brutes')}</summary>
          <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>
        </details>
      ) : null}
    </FieldShell>
  )
}
