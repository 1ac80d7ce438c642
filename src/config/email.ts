/**
 * E-mail through nodemailer: SMTP when SMTP_HOST is set, otherwise a console transport that
 * prints each message (to, subject, text with its links) so that `npm start` works offline.
 */
import type { Transport } from 'nodemailer'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { env } from '../lib/env'
import { logger } from '../lib/logger'

const htmlToText = (html: string) =>
  html
    .replace(/<a [^>]*href="([^"]+)"[^>]*>[^<]*<\/a>/g, '$1')
    .replace(/<br\s*\/?>|<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .trim()

/** A nodemailer transport that logs instead of sending: the "console email" provider. */
export const consoleTransport: Transport = {
  name: 'console-email',
  version: '1.0.0',
  send(mail, callback) {
    const { to, subject, html, text } = mail.data
    const body = typeof text === 'string' ? text : typeof html === 'string' ? htmlToText(html) : ''
    logger.info({ to, subject }, `[console email — not sent] ${subject}\n${body}`)
    callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
  },
}

export const buildEmailAdapter = () => {
  const host = env.str('SMTP_HOST')
  const defaults = {
    defaultFromAddress: env.str('EMAIL_FROM_ADDRESS', 'no-reply@vibe.local') as string,
    defaultFromName: env.str('EMAIL_FROM_NAME', 'Vibe Platform') as string,
  }
  if (!host) return nodemailerAdapter({ ...defaults, skipVerify: true, transport: nodemailer.createTransport(consoleTransport) })
  const user = env.str('SMTP_USER')
  return nodemailerAdapter({
    ...defaults,
    skipVerify: true,
    transportOptions: {
      host,
      port: env.int('SMTP_PORT', 587),
      secure: env.bool('SMTP_SECURE', false),
      ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
      auth: user ? { user, pass: env.str('SMTP_PASS', '') } : undefined,
    },
  })
}
