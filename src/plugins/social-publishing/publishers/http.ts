/** One fetch for all publishers: JSON answers, timeouts, and the platforms' errors classified. */
import { PlatformError } from './types'

const TIMEOUT_MS = 30_000

export type GraphError = { error?: { message?: string; type?: string; code?: number; error_subcode?: number; is_transient?: boolean } }

/** Meta Graph API error codes: 190 invalid/expired token, 102 session, 10/200-299 permission; 4/17/32/613 rate limits; 1/2 temporary. */
export function classifyGraphError(status: number, body: GraphError): PlatformError {
  const e = body.error ?? {}
  const message = `${e.message ?? `HTTP ${status}`}${e.code !== undefined ? ` (code ${e.code}${e.error_subcode ? `/${e.error_subcode}` : ''})` : ''}`
  if (e.code === 190 || e.code === 102 || (e.type === 'OAuthException' && status === 401)) return new PlatformError('auth', message)
  if ([4, 17, 32, 613, 1, 2].includes(e.code ?? -1) || e.is_transient || status === 429 || status >= 500) return new PlatformError('transient', message)
  return new PlatformError('permanent', message)
}

/** X API v2 problems: 401 → token; 429 → rate limit (x-rate-limit-reset); 5xx → temporary; other 4xx → refused. */
export function classifyXError(status: number, body: { title?: string; detail?: string; errors?: { message?: string }[] }, headers: Headers): PlatformError {
  const message = body.detail ?? body.title ?? body.errors?.[0]?.message ?? `HTTP ${status}`
  if (status === 401) return new PlatformError('auth', message)
  if (status === 429) {
    const reset = Number(headers.get('x-rate-limit-reset'))
    return new PlatformError('transient', message, Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined)
  }
  if (status >= 500) return new PlatformError('transient', message)
  return new PlatformError('permanent', message)
}

export async function call<T>(
  url: string,
  init: RequestInit,
  classify: (status: number, body: any, headers: Headers) => PlatformError,
): Promise<T> {
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (e) {
    throw new PlatformError('transient', `network error: ${(e as Error).message}`)
  }
  const text = await res.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = { error: { message: text.slice(0, 200) } }
  }
  if (!res.ok) throw classify(res.status, body ?? {}, res.headers)
  return body as T
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
export const form = (fields: Record<string, string | undefined>) => {
  const f = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) f.set(k, v)
  return f
}
