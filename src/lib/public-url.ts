import { env } from './env'

/** Absolute URL where browsers reach this server (links in emails, QR codes). Read on each call. */
export const publicUrl = (): string =>
  (env.str('PUBLIC_URL') ?? `http://localhost:${env.int('PORT', 3000)}`).replace(/\/$/, '')
