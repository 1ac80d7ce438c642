/**
 * Firebase Cloud Messaging HTTP v1. The access token comes from the service-account flow: a JWT
 * assertion signed with the account's private key (RS256, `jose`) exchanged at the token URL
 * (`urn:ietf:params:oauth:grant-type:jwt-bearer`), then cached until shortly before it expires.
 * Docs: https://firebase.google.com/docs/cloud-messaging/send/v1-api
 */
import { importPKCS8, SignJWT } from 'jose'

import { isRetryableStatus, ProviderError, providerFetch, type PushMessage, type PushProvider, readBody } from './types'

export type FcmConfig = {
  /** Base URL of the FCM API (default https://fcm.googleapis.com). */
  apiUrl: string
  clientEmail: string
  privateKey: string
  projectId: string
  /** OAuth token endpoint (default https://oauth2.googleapis.com/token). */
  tokenUrl: string
}

const SCOPE = 'https://www.googleapis.com/auth/firebase.messaging'

type FcmErrorBody = {
  error?: { code?: number; details?: { '@type'?: string; errorCode?: string; fieldViolations?: { field?: string }[] }[]; message?: string; status?: string }
}

/** True when FCM says the registration token itself is unusable (uninstalled app, malformed token). */
export function isInvalidTokenError(status: number, body: unknown): boolean {
  const error = (body as FcmErrorBody | null)?.error
  if (!error) return false
  const codes = (error.details ?? []).map((d) => d.errorCode)
  if (codes.includes('UNREGISTERED') || (status === 404 && error.status === 'NOT_FOUND')) return true
  if (codes.includes('INVALID_ARGUMENT') || error.status === 'INVALID_ARGUMENT') {
    const fields = (error.details ?? []).flatMap((d) => d.fieldViolations ?? []).map((f) => f.field ?? '')
    return fields.some((f) => f.includes('token')) || /registration token/i.test(error.message ?? '')
  }
  return false
}

export function createFcmProvider(config: FcmConfig): PushProvider {
  let cached: { expiresAt: number; token: string } | undefined

  async function accessToken(): Promise<string> {
    if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token
    let key
    try {
      key = await importPKCS8(config.privateKey.replace(/\\n/g, '\n'), 'RS256')
    } catch (error) {
      throw new ProviderError(`fcm: FCM_PRIVATE_KEY is not a PKCS#8 PEM key: ${(error as Error).message}`, false)
    }
    const now = Math.floor(Date.now() / 1000)
    const assertion = await new SignJWT({ scope: SCOPE })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(config.clientEmail)
      .setSubject(config.clientEmail)
      .setAudience(config.tokenUrl)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(key)
    const res = await providerFetch('fcm', config.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
    })
    const body = (await readBody(res)) as { access_token?: string; expires_in?: number } | null
    if (!res.ok || !body?.access_token) {
      throw new ProviderError(`fcm: token exchange failed with HTTP ${res.status}`, isRetryableStatus(res.status), body)
    }
    cached = { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 }
    return cached.token
  }

  return {
    name: 'fcm',
    async send(message: PushMessage) {
      const token = await accessToken()
      const url = `${config.apiUrl.replace(/\/$/, '')}/v1/projects/${encodeURIComponent(config.projectId)}/messages:send`
      const res = await providerFetch('fcm', url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          message: { token: message.token, notification: { title: message.title, body: message.body }, data: message.data ?? {} },
        }),
      })
      const body = await readBody(res)
      if (res.ok) return { messageId: (body as { name?: string } | null)?.name, response: body }
      if (res.status === 401) cached = undefined
      if (isInvalidTokenError(res.status, body)) throw new ProviderError(`fcm: the device token is no longer valid (HTTP ${res.status})`, false, body, true)
      throw new ProviderError(`fcm: HTTP ${res.status}`, isRetryableStatus(res.status) || res.status === 401, body)
    },
  }
}
