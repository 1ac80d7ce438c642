'use client'
/**
 * Opening hours as a form: one row per weekday (closed, opens, closes, breaks). The stored value
 * keeps the seed's shape (`{ monday: { open, close, breaks }, sunday: { is_closed: true } }`), so
 * the API and the services are unchanged; only the days an editor touches are rewritten.
 */
import type { JSONFieldClientProps } from 'payload'

import { useField } from '@payloadcms/ui'

import { FieldShell, input, SmallButton, t, table, cell, useLang } from './shared'

type Day = { open?: string; close?: string; is_closed?: boolean; breaks?: { start: string; end: string }[] }
type Hours = Record<string, Day>

const DAYS = [
  ['monday', 'Monday', 'Lundi'],
  ['tuesday', 'Tuesday', 'Mardi'],
  ['wednesday', 'Wednesday', 'Mercredi'],
  ['thursday', 'Thursday', 'Jeudi'],
  ['friday', 'Friday', 'Vendredi'],
  ['saturday', 'Saturday', 'Samedi'],
  ['sunday', 'Sunday', 'Dimanche'],
] as const

export function OpeningHoursField(props: JSONFieldClientProps) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const { value, setValue, showError, errorMessage } = useField<Hours | null>({ path })
  const hours: Hours = value && typeof value === 'object' && !Array.isArray(value) ? value : {}
  const setDay = (key: string, day: Day) => setValue({ ...hours, [key]: day })

  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <table className="vibe-opening-hours" style={table}>
        <thead>
          <tr>
            <th style={cell}>{t(lang, 'Day', 'Jour')}</th>
            <th style={cell}>{t(lang, 'Closed', 'Fermé')}</th>
            <th style={cell}>{t(lang, 'Opens', 'Ouvre')}</th>
            <th style={cell}>{t(lang, 'Closes', 'Ferme')}</th>
            <th style={cell}>{t(lang, 'Breaks', 'Pauses')}</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map(([key, en, fr]) => {
            const day = hours[key]
            const closed = !day || day.is_closed === true
            return (
              <tr data-day={key} key={key}>
                <td style={cell}>{t(lang, en, fr)}</td>
                <td style={cell}>
                  <input
                    aria-label={`${t(lang, en, fr)}: ${t(lang, 'closed', 'fermé')}`}
                    checked={closed}
                    disabled={readOnly}
                    name={`${path}.${key}.closed`}
                    onChange={(e) => setDay(key, e.target.checked ? { is_closed: true } : { open: day?.open ?? '09:00', close: day?.close ?? '18:00', ...(day?.breaks ? { breaks: day.breaks } : {}) })}
                    type="checkbox"
                  />
                </td>
                <td style={cell}>
                  {closed ? null : (
                    <input name={`${path}.${key}.open`} onChange={(e) => setDay(key, { ...day, open: e.target.value })} readOnly={readOnly} style={input} type="time" value={day?.open ?? ''} />
                  )}
                </td>
                <td style={cell}>
                  {closed ? null : (
                    <input name={`${path}.${key}.close`} onChange={(e) => setDay(key, { ...day, close: e.target.value })} readOnly={readOnly} style={input} type="time" value={day?.close ?? ''} />
                  )}
                </td>
                <td style={cell}>
                  {closed
                    ? null
                    : (day?.breaks ?? []).map((b, i) => (
                        <div key={i} style={{ display: 'flex', gap: 4, alignItems: 'center', marginBottom: 4 }}>
                          <input
                            aria-label={t(lang, 'Break starts', 'Début de pause')}
                            onChange={(e) => setDay(key, { ...day, breaks: (day?.breaks ?? []).map((x, j) => (j === i ? { ...x, start: e.target.value } : x)) })}
                            readOnly={readOnly}
                            style={input}
                            type="time"
                            value={b.start}
                          />
                          –
                          <input
                            aria-label={t(lang, 'Break ends', 'Fin de pause')}
                            onChange={(e) => setDay(key, { ...day, breaks: (day?.breaks ?? []).map((x, j) => (j === i ? { ...x, end: e.target.value } : x)) })}
                            readOnly={readOnly}
                            style={input}
                            type="time"
                            value={b.end}
                          />
                          {readOnly ? null : (
                            <SmallButton
                              onClick={() => {
                                const rest = (day?.breaks ?? []).filter((_, j) => j !== i)
                                const { breaks: _drop, ...others } = day ?? {}
                                setDay(key, rest.length ? { ...others, breaks: rest } : others)
                              }}
                              title={t(lang, 'Remove this break', 'Supprimer cette pause')}
                            >
                              ✕
                            </SmallButton>
                          )}
                        </div>
                      ))}
                  {closed || readOnly ? null : (
                    <SmallButton onClick={() => setDay(key, { ...day, breaks: [...(day?.breaks ?? []), { start: '14:30', end: '18:00' }] })}>
                      {t(lang, '+ Break', '+ Pause')}
                    </SmallButton>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </FieldShell>
  )
}
