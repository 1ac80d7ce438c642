/**
 * The frame every dashboard widget uses: a title, the numbers that need action today (each a
 * link to the filtered list), then its charts. Server component.
 */
import type { ReactNode } from 'react'

export type ActionCount = { label: string; count: number; href?: string; tone?: 'alert' | 'neutral' }

export function WidgetFrame({ title, counts = [], children }: { title: string; counts?: ActionCount[]; children?: ReactNode }) {
  return (
    <section className="vibe-widget" style={{ padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-elevation-0)', height: '100%' }}>
      <h3 style={{ margin: '0 0 12px' }}>{title}</h3>
      {counts.length ? (
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', margin: 0, padding: 0 }}>
          {counts.map((c) => {
            const body = (
              <>
                <strong className="vibe-widget__count" style={{ display: 'block', fontSize: 28, color: c.count > 0 && c.tone === 'alert' ? 'var(--theme-error-500)' : 'var(--theme-elevation-800)' }}>
                  {c.count}
                </strong>
                <span>{c.label}</span>
              </>
            )
            return (
              <li data-count={c.count} key={c.label} style={{ minWidth: 120, padding: 8, border: '1px solid var(--theme-elevation-100)', borderRadius: 4 }}>
                {c.href ? (
                  <a href={c.href} style={{ textDecoration: 'none', color: 'inherit' }}>
                    {body}
                  </a>
                ) : (
                  body
                )}
              </li>
            )
          })}
        </ul>
      ) : null}
      {children}
    </section>
  )
}
