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
  alreadyRegistered: {
    fr: {
      subject: 'Tentative d’inscription avec votre adresse',
      intro:
        'Quelqu’un a essayé de créer un compte Vibe avec votre adresse e-mail, qui a déjà un compte. Si c’était vous, connectez-vous ou réinitialisez votre mot de passe avec ce lien ; sinon, ignorez ce message :',
    },
    en: {
      subject: 'Someone tried to register with your address',
      intro:
        'Someone tried to register a Vibe account with your e-mail address, which already has one. If it was you, log in or reset your password from this link; otherwise ignore this message:',
    },
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

export const forgotPasswordPage = () => `${publicUrl()}/admin/forgot`

/** Sent to the owner of an address instead of telling a registration form that the address is taken. */
export const alreadyRegisteredEmail = {
  subject: (user?: UserLike) => texts.alreadyRegistered[localeOf(user)].subject,
  html: (user?: UserLike) => body(greet(user), texts.alreadyRegistered[localeOf(user)].intro, forgotPasswordPage()),
}
