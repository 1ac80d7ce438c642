/**
 * SMS through a generic HTTP JSON gateway: `POST SMS_API_URL` with
 * `{ to, from, text }` and `Authorization: Bearer SMS_API_KEY`; a 2xx answer with an optional
 * `id` (or `messageId`) is a success. Most aggregators (and a small proxy in front of the others)
 * speak this shape.
 */
import { isRetryableStatus, ProviderError, providerFetch, readBody, type SmsMessage, type SmsProvider } from './types'

export type HttpSmsConfig = { apiKey: string; sender?: string; url: string }

export function createHttpSmsProvider(config: HttpSmsConfig): SmsProvider {
  return {
    name: 'http-sms',
    async send(message: SmsMessage) {
      const res = await providerFetch('sms', config.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to: message.to, from: config.sender, text: message.text }),
      })
      const body = await readBody(res)
      if (!res.ok) throw new ProviderError(`sms: HTTP ${res.status}`, isRetryableStatus(res.status), body)
      const b = body as { id?: string; messageId?: string } | null
      return { messageId: b?.id ?? b?.messageId, response: body }
    },
  }
}
