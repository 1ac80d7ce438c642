'use client'
/**
 * Money and rates as editors read them. The stored value stays an integer in minor units (or
 * basis points); the field shows `14,61 €` / `2 500 FCFA` / `5,5 %` and turns what is typed back.
 *
 * Where the currency comes from (clientProps, see `moneyField` in ./index.ts):
 * - `currency`: a fixed ISO code;
 * - `currencyPath`: another field of the same document (e.g. `currency`);
 * - `currencyFrom: { relation, collection }`: the `currency` of a related document (a menu item's
 *   restaurant), read over the REST API with the editor's own session.
 */
import type { DefaultCellComponentProps, NumberFieldClientProps } from 'payload'

import { useConfig, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formatAmount, formatMoney, formatPercent, minorDigits, parseAmount, parsePercent } from '../../lib/money'
import { FieldShell, input, t, useLang } from './shared'

export type CurrencySource = { currency?: string; currencyPath?: string; currencyFrom?: { relation: string; collection: string } }

const relatedCurrencies = new Map<string, Promise<null | string>>()

function useRelatedCurrency(apiRoute: string, source: CurrencySource, relatedId: unknown): null | string {
  const [currency, setCurrency] = useState<null | string>(null)
  const id = relatedId && typeof relatedId === 'object' ? (relatedId as { id?: unknown }).id : relatedId
  useEffect(() => {
    if (!source.currencyFrom || (typeof id !== 'number' && typeof id !== 'string')) return
    const key = `${source.currencyFrom.collection}/${id}`
    if (!relatedCurrencies.has(key)) {
      relatedCurrencies.set(
        key,
        fetch(`${apiRoute}/${source.currencyFrom.collection}/${id}?depth=0`, { credentials: 'include' })
          .then((r) => (r.ok ? (r.json() as Promise<{ currency?: string }>) : {}))
          .then((doc: { currency?: string }) => doc.currency ?? null)
          .catch(() => null),
      )
    }
    let live = true
    void relatedCurrencies.get(key)!.then((c) => live && setCurrency(c))
    return () => {
      live = false
    }
  }, [apiRoute, id, source.currencyFrom])
  return currency
}

/** The currency of the document being edited, from wherever the field says it lives. */
export function useFormCurrency(source: CurrencySource): string {
  const { config } = useConfig()
  const fromPath = useFormFields(([fields]) => (source.currencyPath ? fields[source.currencyPath]?.value : undefined))
  const relatedId = useFormFields(([fields]) => (source.currencyFrom ? fields[source.currencyFrom.relation]?.value : undefined))
  const related = useRelatedCurrency(config.routes.api, source, relatedId)
  return (typeof fromPath === 'string' && fromPath) || related || source.currency || 'EUR'
}

/** A text input for an amount of `currency`; `onChange` gets minor units (null when emptied). */
export function MoneyInput({ value, currency, onChange, readOnly, name, ariaLabel }: { value: null | number | undefined; currency: string; onChange: (minor: null | number) => void; readOnly?: boolean; name?: string; ariaLabel?: string }) {
  const lang = useLang()
  const [text, setText] = useState(() => formatAmount(value, currency, lang))
  const [problem, setProblem] = useState<'' | 'decimals' | 'number'>('')
  const [focused, setFocused] = useState(false)
  // follow changes from outside (reset, another currency) while the editor is not typing
  useEffect(() => {
    if (!focused) setText(formatAmount(value, currency, lang))
  }, [value, currency, lang, focused])
  const symbol = formatMoney(0, currency, lang).replace(/[\d\s.,]/g, '')
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
      <input
        aria-label={ariaLabel}
        inputMode="decimal"
        name={name}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setText(e.target.value)
          const parsed = parseAmount(e.target.value, currency)
          if ('error' in parsed) return setProblem(parsed.error)
          setProblem('')
          onChange(parsed.minor)
        }}
        onFocus={() => setFocused(true)}
        readOnly={readOnly}
        style={{ ...input, width: 140, textAlign: 'right' }}
        type="text"
        value={text}
      />
      <span className="vibe-money__currency">{symbol || currency}</span>
      {problem ? (
        <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem === 'decimals'
            ? t(lang, `${currency} has ${minorDigits(currency)} decimals at most`, `${currency} a au plus ${minorDigits(currency)} décimale(s)`)
            : t(lang, 'Type an amount, e.g. 14,61', 'Saisissez un montant, par ex. 14,61')}
        </span>
      ) : null}
    </span>
  )
}

type MoneyProps = NumberFieldClientProps & CurrencySource

export function MoneyField(props: MoneyProps) {
  const { path, field, readOnly } = props
  const currency = useFormCurrency(props)
  const { value, setValue, showError, errorMessage } = useField<null | number>({ path })
  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <MoneyInput currency={currency} name={path} onChange={(minor) => setValue(minor)} readOnly={readOnly || field?.admin?.readOnly} value={value} />
    </FieldShell>
  )
}

export function MoneyCell(props: DefaultCellComponentProps & CurrencySource) {
  const lang = useLang()
  const row = (props.rowData ?? {}) as Record<string, unknown>
  const { config } = useConfig()
  const related = useRelatedCurrency(config.routes.api, props, props.currencyFrom ? row[props.currencyFrom.relation] : undefined)
  const fromRow = props.currencyPath ? row[props.currencyPath] : undefined
  const currency = (typeof fromRow === 'string' && fromRow) || related || props.currency || 'EUR'
  return <span className="vibe-money">{formatMoney(props.cellData as number, currency, lang)}</span>
}

export function PercentField(props: NumberFieldClientProps) {
  const { path, field, readOnly } = props
  const lang = useLang()
  const { value, setValue, showError, errorMessage } = useField<null | number>({ path })
  const [text, setText] = useState(() => formatPercent(value, lang).replace(/\s?%$/, ''))
  const [problem, setProblem] = useState(false)
  return (
    <FieldShell errorMessage={errorMessage} field={field} path={path} showError={showError}>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        <input
          inputMode="decimal"
          name={path}
          onChange={(e) => {
            setText(e.target.value)
            const parsed = parsePercent(e.target.value)
            setProblem('error' in parsed)
            if (!('error' in parsed)) setValue(parsed.bps)
          }}
          readOnly={readOnly}
          style={{ ...input, width: 100, textAlign: 'right' }}
          type="text"
          value={text}
        />
        <span>%</span>
        {problem ? <span role="alert" style={{ color: 'var(--theme-error-500)' }}>{t(lang, 'Type a percentage, e.g. 5,5', 'Saisissez un pourcentage, par ex. 5,5')}</span> : null}
      </span>
    </FieldShell>
  )
}

export function PercentCell(props: DefaultCellComponentProps) {
  const lang = useLang()
  return <span>{formatPercent(props.cellData as number, lang)}</span>
}
