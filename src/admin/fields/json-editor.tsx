'use client'
/**
 * The code editor for the JSON that remains editable (internal data, admins only). Payload's own
 * JSON field bundles @monaco-editor/loader pointed at a CDN, which nothing can reconfigure: offline
 * or behind a strict CSP it is an empty grey box and an error. This field uses the installed
 * @monaco-editor/react, whose loader is pointed at the copy of monaco-editor the express server
 * serves (MONACO_VS_PATH). The core gives it to every JSON field without a component of its own.
 */
import type { JSONFieldClientProps } from 'payload'

import Editor, { loader } from '@monaco-editor/react'
import { useField, useTheme } from '@payloadcms/ui'
import { useState } from 'react'

import { MONACO_VS_PATH } from '../paths'
import { FieldShell, t, useLang } from './shared'

loader.config({ paths: { vs: MONACO_VS_PATH } })

const show = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

export function JsonEditorField(props: JSONFieldClientProps) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const { theme } = useTheme()
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const [text, setText] = useState(() => show(value))
  const [invalid, setInvalid] = useState(false)
  const lines = Math.min(Math.max(text.split('\n').length + 1, 4), 24)
  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <div className="vibe-json-editor" style={{ border: '1px solid var(--theme-elevation-150)' }}>
        <Editor
          defaultLanguage="json"
          height={`${lines * 19 + 10}px`}
          onChange={(next) => {
            const body = next ?? ''
            setText(body)
            if (!body.trim()) {
              setInvalid(false)
              return setValue(null)
            }
            try {
              setValue(JSON.parse(body))
              setInvalid(false)
            } catch {
              setInvalid(true)
            }
          }}
          options={{ readOnly: Boolean(readOnly), minimap: { enabled: false }, scrollBeyondLastLine: false, automaticLayout: true, tabSize: 2 }}
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          value={text}
        />
      </div>
      {invalid ? <div role="alert" style={{ color: 'var(--theme-error-500)', marginTop: 4 }}>{t(lang, 'Not valid JSON yet: the last valid value is kept.', 'JSON pas encore valide : la dernière valeur valide est conservée.')}</div> : null}
    </FieldShell>
  )
}
