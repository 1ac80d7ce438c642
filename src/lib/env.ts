/** Typed access to environment variables; one place that knows their names and defaults. */
import 'dotenv/config'

const str = (name: string, fallback?: string): string | undefined => {
  const v = process.env[name]
  return v === undefined || v === '' ? fallback : v
}

const int = (name: string, fallback: number): number => {
  const v = str(name)
  if (v === undefined) return fallback
  const n = Number.parseInt(v, 10)
  if (!Number.isFinite(n)) throw new Error(`Environment variable ${name} must be an integer, got "${v}"`)
  return n
}

const bool = (name: string, fallback: boolean): boolean => {
  const v = str(name)
  if (v === undefined) return fallback
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase())
}

const list = (name: string): string[] =>
  (str(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

export const env = {
  str,
  int,
  bool,
  list,
  get isProduction() {
    return process.env.NODE_ENV === 'production'
  },
  get isTest() {
    return process.env.NODE_ENV === 'test' || process.env.VITEST !== undefined
  },
}
