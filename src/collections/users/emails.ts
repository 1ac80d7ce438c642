/** Texts of the account e-mails, in French and English. */
import { publicUrl } from '../../lib/public-url'

type Locale = 'en' | 'fr'
type UserLike = { email?: string; firstName?: null | string; preferredLocale?: null | string }

const localeOf = (user?: UserLike): Locale => (user?.preferredLocale === 'en' ? 'en' : 'fr')

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

export const verificationLink = (token: string) => `${publicUrl()}/api/users/verify/${encodeURIComponent(token)}`
export const resetLink = (token: string) => `${publicUrl()}/admin/reset/${encodeURIComponent(token)}`

const texts = {
  verify: {
    fr: { subject: 'Confirmez votre adresse e-mail', intro: 'Bienvenue sur Vibe ! Confirmez votre adresse en ouvrant ce lien :' },
    en: { subject: 'Confirm your e-mail address', intro: 'Welcome to Vibe! Confirm your address by opening this link:' },
  },
  reset: {
    fr: { subject: 'Réinitialisation du mot de passe', intro: 'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :' },
    en: { subject: 'Reset your password', intro: 'To choose a new password, open this link (valid for one hour):' },
  },
} as const

const body = (greeting: string, intro: string, link: string) =>
  `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p><a href="${link}">${link}</a></p>`

const greet = (user?: UserLike) => {
  const name = user?.firstName ? ` ${user.firstName}` : ''
  return localeOf(user) === 'en' ? `Hello${name},` : `Bonjour${name},`
}

export const verifyEmail = {
  subject: ({ user }: { user?: UserLike }) => texts.verify[localeOf(user)].subject,
  html: ({ token, user }: { token: string; user?: UserLike }) =>
    body(greet(user), texts.verify[localeOf(user)].intro, verificationLink(token)),
}

export const forgotPasswordEmail = {
  subject: (args?: { user?: UserLike }) => texts.reset[localeOf(args?.user)].subject,
  html: (args?: { token?: string; user?: UserLike }) =>
    body(greet(args?.user), texts.reset[localeOf(args?.user)].intro, resetLink(args?.token ?? '')),
}
