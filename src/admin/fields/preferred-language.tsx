'use client'
/**
 * One language setting: the account's preferred language (used for the messages the platform
 * sends) also switches the admin's own language, whose separate selector on the account page is
 * hidden (custom.scss). Choosing a language here changes both.
 */
import type { SelectFieldClientProps } from 'payload'

import { useField, useTranslation } from '@payloadcms/ui'

import { FieldShell, input, t, useLang } from './shared'

const LANGUAGES = [
  ['fr', 'Français'],
  ['en', 'English'],
] as const

export function PreferredLanguageField(props: SelectFieldClientProps) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const { switchLanguage } = useTranslation()
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <select
        disabled={readOnly}
        id="preferred-language"
        name={path}
        onChange={(e) => {
          setValue(e.target.value)
          void switchLanguage?.(e.target.value as never)
        }}
        style={input}
        value={value ?? 'fr'}
      >
        {LANGUAGES.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <div style={{ marginTop: 6, color: 'var(--theme-elevation-500)' }}>{t(lang, 'Used for this admin and for the messages you receive.', 'Utilisée pour cette interface et pour les messages que vous recevez.')}</div>
    </FieldShell>
  )
}
