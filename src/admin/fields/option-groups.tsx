'use client'
/**
 * Menu-item option groups as a form: each group (key, label, single/multiple choice, required,
 * min/max) with its choices (value, label, price delta as money, default). The stored value keeps
 * the seed's object `{ size: { label, type, required, choices: [...] } }` the order services read.
 */
import type { JSONFieldClientProps } from 'payload'

import { useField } from '@payloadcms/ui'

import { type CurrencySource, MoneyInput, useFormCurrency } from './money'
import { box, cell, FieldShell, input, SmallButton, t, table, useLang } from './shared'

type Choice = { value: string; label: string; price_modifier?: number; is_default?: boolean }
type Group = { label: string; type?: 'checkbox' | 'radio'; required?: boolean; multiple?: boolean; min_selections?: number; max_selections?: number; choices: Choice[] }
type Groups = Record<string, Group>

const toEntries = (value: unknown): [string, Group][] => (value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value as Groups) : [])
const fromEntries = (entries: [string, Group][]): Groups => Object.fromEntries(entries)
const optionalInt = (text: string) => (text === '' ? undefined : Math.max(0, Math.trunc(Number(text))))

export function OptionGroupsField(props: JSONFieldClientProps & CurrencySource) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const currency = useFormCurrency(props)
  const { value, setValue, showError, errorMessage } = useField<Groups | null>({ path })
  const entries = toEntries(value)
  const save = (next: [string, Group][]) => setValue(next.length ? fromEntries(next) : null)
  const setGroup = (i: number, key: string, group: Group) => save(entries.map((e, j) => (j === i ? [key, group] : e)))
  const keys = entries.map(([k]) => k)

  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      {entries.length === 0 ? <p style={{ color: 'var(--theme-elevation-500)' }}>{t(lang, 'No option groups.', "Aucun groupe d'options.")}</p> : null}
      {entries.map(([key, group], i) => {
        const multiple = group.type === 'checkbox' || group.multiple === true
        const duplicate = keys.indexOf(key) !== i
        return (
          <fieldset className="vibe-option-group" key={i} style={box}>
            <legend style={{ fontWeight: 600 }}>{group.label || key || t(lang, `Group ${i + 1}`, `Groupe ${i + 1}`)}</legend>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}>
              <label>
                {t(lang, 'Label', 'Libellé')}
                <br />
                <input name={`${path}.${i}.label`} onChange={(e) => setGroup(i, key, { ...group, label: e.target.value })} readOnly={readOnly} style={input} value={group.label ?? ''} />
              </label>
              <label>
                {t(lang, 'Key (a-z, 0-9, _)', 'Clé (a-z, 0-9, _)')}
                <br />
                <input name={`${path}.${i}.key`} onChange={(e) => setGroup(i, e.target.value.toLowerCase().replace(/[^a-z0-9_]/g, '_'), group)} readOnly={readOnly} style={{ ...input, width: 120 }} value={key} />
              </label>
              <label>
                {t(lang, 'Choice', 'Choix')}
                <br />
                <select
                  disabled={readOnly}
                  name={`${path}.${i}.type`}
                  onChange={(e) => {
                    const { multiple: _m, ...rest } = group
                    setGroup(i, key, { ...rest, type: e.target.value as 'checkbox' | 'radio' })
                  }}
                  style={input}
                  value={multiple ? 'checkbox' : 'radio'}
                >
                  <option value="radio">{t(lang, 'one', 'un seul')}</option>
                  <option value="checkbox">{t(lang, 'several', 'plusieurs')}</option>
                </select>
              </label>
              <label>
                <input checked={group.required === true} disabled={readOnly} name={`${path}.${i}.required`} onChange={(e) => setGroup(i, key, { ...group, required: e.target.checked })} type="checkbox" /> {t(lang, 'Required', 'Obligatoire')}
              </label>
              <label>
                {t(lang, 'Min', 'Min')}
                <br />
                <input min={0} name={`${path}.${i}.min`} onChange={(e) => setGroup(i, key, { ...group, min_selections: optionalInt(e.target.value) })} readOnly={readOnly} style={{ ...input, width: 70 }} type="number" value={group.min_selections ?? ''} />
              </label>
              <label>
                {t(lang, 'Max', 'Max')}
                <br />
                <input min={1} name={`${path}.${i}.max`} onChange={(e) => setGroup(i, key, { ...group, max_selections: optionalInt(e.target.value) })} readOnly={readOnly} style={{ ...input, width: 70 }} type="number" value={group.max_selections ?? ''} />
              </label>
              {readOnly ? null : <SmallButton onClick={() => save(entries.filter((_, j) => j !== i))}>{t(lang, 'Remove group', 'Supprimer le groupe')}</SmallButton>}
            </div>
            {duplicate ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{t(lang, 'Another group has this key.', 'Un autre groupe a déjà cette clé.')}</p> : null}
            <table style={{ ...table, marginTop: 8 }}>
              <thead>
                <tr>
                  <th style={cell}>{t(lang, 'Choice label', 'Libellé du choix')}</th>
                  <th style={cell}>{t(lang, 'Value', 'Valeur')}</th>
                  <th style={cell}>{t(lang, 'Price delta', 'Supplément')}</th>
                  <th style={cell}>{t(lang, 'Default', 'Par défaut')}</th>
                  <th style={cell} />
                </tr>
              </thead>
              <tbody>
                {(group.choices ?? []).map((c, ci) => {
                  const setChoice = (choice: Choice) => setGroup(i, key, { ...group, choices: group.choices.map((x, j) => (j === ci ? choice : x)) })
                  return (
                    <tr key={ci}>
                      <td style={cell}>
                        <input name={`${path}.${i}.choices.${ci}.label`} onChange={(e) => setChoice({ ...c, label: e.target.value })} readOnly={readOnly} style={input} value={c.label ?? ''} />
                      </td>
                      <td style={cell}>
                        <input name={`${path}.${i}.choices.${ci}.value`} onChange={(e) => setChoice({ ...c, value: e.target.value })} readOnly={readOnly} style={{ ...input, width: 120 }} value={c.value ?? ''} />
                      </td>
                      <td style={cell}>
                        <MoneyInput ariaLabel={t(lang, 'Price delta', 'Supplément')} currency={currency} name={`${path}.${i}.choices.${ci}.price`} onChange={(minor) => setChoice({ ...c, price_modifier: minor ?? 0 })} readOnly={readOnly} value={c.price_modifier ?? 0} />
                      </td>
                      <td style={cell}>
                        <input checked={c.is_default === true} disabled={readOnly} onChange={(e) => setChoice({ ...c, is_default: e.target.checked })} type="checkbox" />
                      </td>
                      <td style={cell}>{readOnly ? null : <SmallButton onClick={() => setGroup(i, key, { ...group, choices: group.choices.filter((_, j) => j !== ci) })}>✕</SmallButton>}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            {readOnly ? null : (
              <SmallButton onClick={() => setGroup(i, key, { ...group, choices: [...(group.choices ?? []), { value: `choice_${(group.choices?.length ?? 0) + 1}`, label: '', price_modifier: 0 }] })}>
                {t(lang, '+ Choice', '+ Choix')}
              </SmallButton>
            )}
          </fieldset>
        )
      })}
      {readOnly ? null : (
        <SmallButton onClick={() => save([...entries, [`group_${entries.length + 1}`, { label: '', type: 'radio', required: false, choices: [{ value: 'choice_1', label: '', price_modifier: 0 }] }]])}>
          {t(lang, '+ Option group', "+ Groupe d'options")}
        </SmallButton>
      )}
    </FieldShell>
  )
}
