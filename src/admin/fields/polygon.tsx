'use client'
/**
 * A delivery zone's GeoJSON polygon as point rows (latitude, longitude) with a small drawing of
 * the shape (SVG, nothing fetched). The stored value stays GeoJSON: the ring is closed on save
 * (first point repeated last); holes, if any came through the API, are kept as they are.
 */
import type { JSONFieldClientProps } from 'payload'

import { useField } from '@payloadcms/ui'

import { cell, FieldShell, input, SmallButton, t, table, useLang } from './shared'

type Position = [number, number]
type Polygon = { type: 'Polygon'; coordinates: Position[][] }

/** The outer ring's distinct points (the closing repeat left out). */
function outerPoints(value: unknown): Position[] {
  const ring = (value as Polygon | null)?.coordinates?.[0]
  if (!Array.isArray(ring)) return []
  const last = ring[ring.length - 1]
  const closed = ring.length > 1 && last?.[0] === ring[0]?.[0] && last?.[1] === ring[0]?.[1]
  return (closed ? ring.slice(0, -1) : ring).map((p) => [Number(p[0]), Number(p[1])] as Position)
}

function Drawing({ points }: { points: Position[] }) {
  if (points.length < 2 || points.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return null
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const span = Math.max(maxX - minX, maxY - minY) || 1
  const W = 240
  const pad = 12
  const sx = (x: number) => pad + ((x - minX) / span) * (W - 2 * pad)
  const sy = (y: number) => W - pad - ((y - minY) / span) * (W - 2 * pad)
  return (
    <svg aria-label="polygon" className="vibe-polygon__drawing" height={W} role="img" style={{ border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-50)' }} width={W}>
      <polygon fill="rgba(47,128,237,0.2)" points={points.map((p) => `${sx(p[0])},${sy(p[1])}`).join(' ')} stroke="rgb(47,128,237)" strokeWidth={2} />
      {points.map((p, i) => (
        <g key={i}>
          <circle cx={sx(p[0])} cy={sy(p[1])} fill="rgb(47,128,237)" r={4} />
          <text fill="var(--theme-elevation-800)" fontSize={11} x={sx(p[0]) + 6} y={sy(p[1]) - 6}>
            {i + 1}
          </text>
        </g>
      ))}
    </svg>
  )
}

export function PolygonField(props: JSONFieldClientProps) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const { value, setValue, showError, errorMessage } = useField<Polygon | null>({ path })
  const points = outerPoints(value)
  const holes = (value as Polygon | null)?.coordinates?.slice(1) ?? []
  const save = (next: Position[]) => setValue(next.length ? { type: 'Polygon', coordinates: [[...next, next[0]], ...holes] } : null)
  const setPoint = (i: number, axis: 0 | 1, text: string) => save(points.map((p, j) => (j === i ? ((axis === 0 ? [Number(text), p[1]] : [p[0], Number(text)]) as Position) : p)))

  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <div>
          <table className="vibe-polygon" style={table}>
            <thead>
              <tr>
                <th style={cell}>#</th>
                <th style={cell}>{t(lang, 'Latitude', 'Latitude')}</th>
                <th style={cell}>{t(lang, 'Longitude', 'Longitude')}</th>
                <th style={cell} />
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}>
                  <td style={cell}>{i + 1}</td>
                  <td style={cell}>
                    <input max={90} min={-90} name={`${path}.${i}.lat`} onChange={(e) => setPoint(i, 1, e.target.value)} readOnly={readOnly} step="any" style={{ ...input, width: 130 }} type="number" value={Number.isFinite(p[1]) ? p[1] : ''} />
                  </td>
                  <td style={cell}>
                    <input max={180} min={-180} name={`${path}.${i}.lng`} onChange={(e) => setPoint(i, 0, e.target.value)} readOnly={readOnly} step="any" style={{ ...input, width: 130 }} type="number" value={Number.isFinite(p[0]) ? p[0] : ''} />
                  </td>
                  <td style={cell}>{readOnly ? null : <SmallButton onClick={() => save(points.filter((_, j) => j !== i))}>✕</SmallButton>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {readOnly ? null : (
            <SmallButton onClick={() => save([...points, points.length ? [points[points.length - 1][0] + 0.001, points[points.length - 1][1]] : [2.35, 48.85]])}>{t(lang, '+ Point', '+ Point')}</SmallButton>
          )}
          <p style={{ color: 'var(--theme-elevation-500)' }}>
            {points.length < 3 ? t(lang, 'A zone needs at least 3 points.', 'Une zone a besoin d’au moins 3 points.') : t(lang, `${points.length} points; the shape is closed automatically.`, `${points.length} points ; la forme est fermée automatiquement.`)}
            {holes.length ? t(lang, ` ${holes.length} hole(s) kept.`, ` ${holes.length} trou(s) conservé(s).`) : ''}
          </p>
        </div>
        <Drawing points={points} />
      </div>
    </FieldShell>
  )
}
