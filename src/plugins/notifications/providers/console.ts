/** Offline providers for `npm start` without FCM/SMS settings: they log the message and send nothing. */
import { logger } from '../../../lib/logger'
import type { PushProvider, SmsProvider } from './types'

export const consolePushProvider: PushProvider = {
  name: 'console-push',
  async send({ token, title, body }) {
    logger.info({ token: `${token.slice(0, 12)}…`, title }, `[console push — not sent] ${title}\n${body}`)
    return { response: { console: true } }
  },
}

export const consoleSmsProvider: SmsProvider = {
  name: 'console-sms',
  async send({ to, text }) {
    logger.info({ to }, `[console SMS — not sent] ${text}`)
    return { response: { console: true } }
  },
}
