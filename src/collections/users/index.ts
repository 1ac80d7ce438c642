import type { CollectionConfig } from 'payload'

import countries from 'i18n-iso-countries'

import { isAdmin, isAdminField, isSelf, or, userHasRole } from '../../access'
import { ADMIN_PANEL_ROLES, ROLES } from '../../access/roles'
import { env } from '../../lib/env'
import { validateCountryCode, validatePhoneE164 } from '../../lib/validators'
import { forgotPasswordEmail, verifyEmail } from './emails'
import { registerEndpoint } from './endpoints/register'
import { verifyLinkEndpoint } from './endpoints/verify-link'
import { endSessionsOnPasswordChangeOrDeactivation, endSessionsOnPasswordReset, notePasswordChangeAndDeactivation } from './hooks/end-sessions'
import { equalizeLoginWork } from './hooks/equalize-login-work'
import { refuseInactiveLogin } from './hooks/refuse-inactive-login'
import { refusePrivilegeEscalation } from './hooks/refuse-privilege-escalation'
import { foldSystemGroup } from '../../admin/visibility'

const countryOptions = Object.entries(countries.getNames('en'))
  .map(([value, label]) => ({ label, value }))
  .sort((a, b) => a.label.localeCompare(b.label))

const roleLabel = (role: string) => role.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'firstName', 'lastName', 'roles', 'active'],
    group: { en: 'Accounts', fr: 'Comptes' },
  },
  auth: {
    verify: { generateEmailHTML: verifyEmail.html, generateEmailSubject: verifyEmail.subject },
    forgotPassword: { generateEmailHTML: forgotPasswordEmail.html, generateEmailSubject: forgotPasswordEmail.subject },
    maxLoginAttempts: env.int('AUTH_MAX_LOGIN_ATTEMPTS', 5),
    lockTime: env.int('AUTH_LOCK_TIME_MS', 10 * 60 * 1000),
    tokenExpiration: env.int('AUTH_TOKEN_EXPIRATION_S', 2 * 60 * 60),
    useAPIKey: true,
    useSessions: true,
    cookies: { sameSite: 'Lax', secure: env.isProduction },
  },
  access: {
    admin: ({ req }) => userHasRole(req.user, ...ADMIN_PANEL_ROLES),
    read: or(isAdmin, ({ req }) => userHasRole(req.user, 'editor'), isSelf),
    create: isAdmin,
    update: or(isAdmin, isSelf),
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [registerEndpoint, verifyLinkEndpoint],
  hooks: {
    beforeOperation: [refusePrivilegeEscalation, equalizeLoginWork, endSessionsOnPasswordReset],
    beforeChange: [notePasswordChangeAndDeactivation],
    afterChange: [endSessionsOnPasswordChangeOrDeactivation],
    beforeLogin: [refuseInactiveLogin],
    afterLogin: [foldSystemGroup],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', maxLength: 100, label: { en: 'First name', fr: 'Prénom' } },
        { name: 'lastName', type: 'text', maxLength: 100, label: { en: 'Last name', fr: 'Nom' } },
      ],
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['participant'],
      options: ROLES.map((value) => ({ label: roleLabel(value), value })),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Inactive accounts cannot log in; deactivating ends their sessions and turns their API key off.',
          fr: 'Un compte inactif ne peut pas se connecter ; le désactiver met fin à ses sessions et coupe sa clé d’API.',
        },
      },
    },
    {
      name: 'phone',
      type: 'text',
      validate: (value: null | string | undefined) => validatePhoneE164(value),
      admin: { placeholder: '+22507080910', description: { en: 'E.164 format', fr: 'Format E.164' } },
      label: { en: 'Phone', fr: 'Téléphone' },
    },
    { name: 'avatar', type: 'upload', relationTo: 'media', label: { en: 'Avatar', fr: 'Avatar' } },
    { name: 'bio', type: 'textarea', maxLength: 2000, label: { en: 'Bio', fr: 'Biographie' } },
    {
      type: 'row',
      fields: [
        { name: 'birthDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } }, label: { en: 'Birth date', fr: 'Date de naissance' } },
        {
          name: 'gender',
          type: 'select',
          options: [
            { label: { en: 'Female', fr: 'Femme' }, value: 'female' },
            { label: { en: 'Male', fr: 'Homme' }, value: 'male' },
            { label: { en: 'Non-binary', fr: 'Non binaire' }, value: 'non-binary' },
            { label: { en: 'Prefer not to say', fr: 'Ne souhaite pas répondre' }, value: 'undisclosed' },
          ],
          label: { en: 'Gender', fr: 'Genre' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', maxLength: 120, label: { en: 'City', fr: 'Ville' } },
        {
          name: 'country',
          type: 'select',
          options: countryOptions,
          validate: (value: null | string | undefined) => validateCountryCode(value),
          label: { en: 'Country', fr: 'Pays' },
        },
      ],
    },
    {
      name: 'preferredLocale',
      type: 'select',
      defaultValue: 'fr',
      options: [
        { label: 'Français', value: 'fr' },
        { label: 'English', value: 'en' },
      ],
      label: { en: 'Language', fr: 'Langue' },
      // the one language setting: it also switches the admin (whose own selector is hidden)
      admin: { components: { Field: '/admin/fields/preferred-language#PreferredLanguageField' } },
    },
  ],
}

