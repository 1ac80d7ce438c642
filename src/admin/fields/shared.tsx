'use client'
/**
 * Small pieces shared by the admin's custom fields: the field's translated label, the language
 * of the interface, and styles built on Payload's theme variables (nothing loaded from elsewhere).
 */
import type { CSSProperties, ReactNode } from 'react'

import { getTranslation } from '@payloadcms/translations'
import { FieldError, useTranslation } from '@payloadcms/ui'

export type Labelled = { label?: unknown; admin?: { description?: unknown } }

/** 'fr' or 'en': the language the admin is shown in. */
export function useLang(): 'en' | 'fr' {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'fr'
}

/** Picks the text of the admin's language from an `{ en, fr }` pair. */
export const t = (lang: 'en' | 'fr', en: string, fr: string) => (lang === 'fr' ? fr : en)

export function FieldShell({ field, path, children, showError, errorMessage }: { field?: Labelled; path: string; children: ReactNode; showError?: boolean; errorMessage?: string }) {
  const { i18n } = useTranslation()
  const label = field?.label ? getTranslation(field.label as never, i18n as never) : ''
  const description = field?.admin?.description && typeof field.admin.description !== 'function' ? getTranslation(field.admin.description as never, i18n as never) : ''
  return (
    <div className="field-type vibe-field" id={`field-${path.replace(/\./g, '__')}`} style={{ marginBottom: 24 }}>
      {label ? <div className="field-label" style={{ marginBottom: 6, fontWeight: 600 }}>{label}</div> : null}
      {showError ? <FieldError message={errorMessage} path={path} showError /> : null}
      {children}
      {description ? <div className="field-description" style={{ marginTop: 6, color: 'var(--theme-elevation-500)' }}>{description}</div> : null}
    </div>
  )
}

export const table: CSSProperties = { borderCollapse: 'collapse', width: '100%' }
export const cell: CSSProperties = { padding: '4px 6px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left', verticalAlign: 'top' }
export const input: CSSProperties = {
  padding: '6px 8px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 3px)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
}
export const box: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 12 }

export function SmallButton({ onClick, children, disabled, title }: { onClick: () => void; children: ReactNode; disabled?: boolean; title?: string }) {
  return (
    <button
      className="btn btn--style-secondary btn--size-small"
      disabled={disabled}
      onClick={(e) => {
        e.preventDefault()
        onClick()
      }}
      style={{ margin: '4px 6px 4px 0' }}
      title={title}
      type="button"
    >
      {children}
    </button>
  )
}
