/** Picks each channel's provider from the environment (read at send time, so tests can point them at fakes). */
import { env } from '../../../lib/env'
import { consolePushProvider, consoleSmsProvider } from './console'
import { createFcmProvider } from './fcm'
import { createHttpSmsProvider } from './sms'
import type { PushProvider, SmsProvider } from './types'

let fcm: { key: string; provider: PushProvider } | undefined

export function pushProvider(): PushProvider {
  const projectId = env.str('FCM_PROJECT_ID')
  const clientEmail = env.str('FCM_CLIENT_EMAIL')
  const privateKey = env.str('FCM_PRIVATE_KEY')
  if (!projectId || !clientEmail || !privateKey) return consolePushProvider
  const config = {
    projectId,
    clientEmail,
    privateKey,
    tokenUrl: env.str('FCM_TOKEN_URL', 'https://oauth2.googleapis.com/token') as string,
    apiUrl: env.str('FCM_API_URL', 'https://fcm.googleapis.com') as string,
  }
  const key = JSON.stringify(config)
  // one provider per configuration, so its access token is cached across sends
  if (fcm?.key !== key) fcm = { key, provider: createFcmProvider(config) }
  return fcm.provider
}

export function smsProvider(): SmsProvider {
  const url = env.str('SMS_API_URL')
  const apiKey = env.str('SMS_API_KEY')
  if (!url || !apiKey) return consoleSmsProvider
  return createHttpSmsProvider({ url, apiKey, sender: env.str('SMS_SENDER') })
}
