/**
 * Money as people read it: integer minor units + ISO currency shown as `14,61 €` or `2 500 FCFA`,
 * and the reverse for what an editor types. Shared by the admin fields (browser) and the server.
 */

/** Digits after the decimal separator of a currency (EUR 2, XOF 0), from the ICU data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

const locales = { fr: 'fr-FR', en: 'en-GB' } as const
// ICU writes the franc CFA "F CFA" (fr) or "F CFA"/"XOF"; people there write FCFA
const localSymbols: Record<string, string> = { XOF: 'FCFA', XAF: 'FCFA' }

/** `1461, 'EUR', 'fr'` → `14,61 €`; `2500, 'XOF', 'fr'` → `2 500 FCFA`. Grouping uses plain spaces. */
export function formatMoney(minor: null | number | undefined, currency: null | string | undefined, lang: 'en' | 'fr' = 'fr'): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return ''
  const code = (currency || 'EUR').toUpperCase()
  const digits = minorDigits(code)
  const major = minor / 10 ** digits
  if (localSymbols[code]) {
    const n = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major)
    return `${n} ${localSymbols[code]}`.replace(/[\u202f\u00a0]/g, ' ')
  }
  try {
    return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: code }).format(major).replace(/[\u202f\u00a0]/g, ' ')
  } catch {
    return `${major.toFixed(digits)} ${code}`
  }
}

/** The amount without its symbol, as put in an input: `1461` EUR → `14,61` (fr) / `14.61` (en). */
export function formatAmount(minor: null | number | undefined, currency: string, lang: 'en' | 'fr' = 'fr'): string {
  if (minor === null || minor === undefined || !Number.isFinite(minor)) return ''
  const digits = minorDigits(currency)
  return new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(minor / 10 ** digits)
}

/**
 * What an editor typed → minor units, or an error. Accepts `14,61`, `14.61`, `2 500`, `1 234,5 €`.
 * More decimals than the currency has is refused rather than rounded.
 */
export function parseAmount(text: string, currency: string): { minor: null | number } | { error: 'decimals' | 'number' } {
  const cleaned = text.replace(/[\s\u202f\u00a0]/g, '').replace(/(?<=\d)(€|\$|£|fcfa|cfa|[a-z]{3})$/i, '')
  if (cleaned === '') return { minor: null }
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return { error: 'number' }
  const [whole, fraction = ''] = cleaned.replace(',', '.').split('.')
  const digits = minorDigits(currency)
  if (fraction.length > digits) return { error: 'decimals' }
  const sign = whole.startsWith('-') ? -1 : 1
  const minor = Math.abs(Number(whole)) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0)
  return { minor: sign * minor }
}

/** Basis points → `5,5 %`; typed percent → basis points (`5,5` → 550). */
export function formatPercent(bps: null | number | undefined, lang: 'en' | 'fr' = 'fr'): string {
  if (bps === null || bps === undefined || !Number.isFinite(bps)) return ''
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(bps / 100)} %`.replace(/[\u202f\u00a0]/g, ' ')
}

export function parsePercent(text: string): { bps: null | number } | { error: 'decimals' | 'number' } {
  const cleaned = text.replace(/[\s\u202f\u00a0%]/g, '')
  if (cleaned === '') return { bps: null }
  if (!/^\d+([.,]\d+)?$/.test(cleaned)) return { error: 'number' }
  const [whole, fraction = ''] = cleaned.replace(',', '.').split('.')
  if (fraction.length > 2) return { error: 'decimals' }
  return { bps: Number(whole) * 100 + Number(fraction.padEnd(2, '0')) }
}
