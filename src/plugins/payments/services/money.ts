/** Money helpers: amounts are integers in minor units plus an ISO 4217 currency. */

/** Currencies without a minor unit (ISO 4217 exponent 0) that the platform handles. */
const ZERO_DECIMAL = new Set(['XOF', 'XAF', 'GNF', 'JPY', 'KRW', 'RWF', 'UGX', 'KMF', 'MGA', 'VND', 'XPF', 'BIF', 'CLP', 'DJF', 'PYG', 'VUV'])

export const currencyExponent = (currency: string): number => (ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2)

/** Minor units → the decimal string operators such as MTN MoMo expect ("1500" XOF, "12.50" EUR). */
export function minorToMajorString(amount: number, currency: string): string {
  const exp = currencyExponent(currency)
  if (exp === 0) return String(amount)
  const sign = amount < 0 ? '-' : ''
  const abs = Math.abs(amount)
  return `${sign}${Math.floor(abs / 10 ** exp)}.${String(abs % 10 ** exp).padStart(exp, '0')}`
}

/** A decimal string or number from an operator → minor units; NaN when it is not a number. */
export function majorToMinor(value: number | string, currency: string): number {
  const n = typeof value === 'number' ? value : Number.parseFloat(value)
  if (!Number.isFinite(n)) return Number.NaN
  return Math.round(n * 10 ** currencyExponent(currency))
}

/** Renders an amount for people: 1 500 XOF, 12.50 EUR. */
export function formatAmount(amount: number, currency: string): string {
  return `${minorToMajorString(amount, currency)} ${currency.toUpperCase()}`
}
