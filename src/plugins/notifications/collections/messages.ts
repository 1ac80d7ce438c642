import type { CollectionConfig } from 'payload'

import { isAdmin, isAuthenticated, or, userIsAdmin } from '../../../access'
import { ROLES } from '../../../access/roles'
import { forbidden, badRequest } from '../../../endpoints/http'
import { GROUP } from '../constants'
import { messageEndpoints } from '../endpoints/messages'
import { notifyRecipient } from '../hooks/notify-recipient'
import { audienceConditions, namedAudiences } from '../services/audiences'
import { canBroadcast, messageVisibilityWhere, validateMessage } from '../services/messages'

/**
 * Direct messages (sender → recipient) and broadcasts by admins and instructors to roles, to a
 * list of users, or to the audiences other plugins add (`addMessageAudience`: a course's
 * learners). Read status per recipient lives in `message-reads`.
 */
export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: { en: 'Message', fr: 'Message' }, plural: { en: 'Messages', fr: 'Messages' } },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'kind', 'sender', 'recipient', 'createdAt'], group: GROUP },
  access: {
    read: async ({ req }) => (!req.user || userIsAdmin(req.user) ? messageVisibilityWhere(req.user) : messageVisibilityWhere(req.user, await audienceConditions(req, req.user))),
    create: isAuthenticated,
    update: isAdmin,
    delete: or(isAdmin, ({ req }) => (req.user ? { sender: { equals: req.user.id } } : false)),
  },
  defaultSort: '-createdAt',
  endpoints: messageEndpoints,
  hooks: {
    afterChange: [notifyRecipient],
    afterDelete: [
      async ({ id, req }) => {
        await req.payload.delete({ collection: 'message-reads', where: { message: { equals: id } }, req, context: { skipAudit: true } })
      },
    ],
    beforeValidate: [
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data) return data
        if (req.user) {
          if (!userIsAdmin(req.user) || !data.sender) data.sender = req.user.id
          data.kind ??= 'direct'
          const named = namedAudiences(req, data)
          const problem = validateMessage(data, req.user, named.length > 0)
          if (problem) throw data.kind === 'broadcast' && !canBroadcast(req.user) ? forbidden(problem) : badRequest(problem)
          for (const { audience, ids } of named) {
            const refused = await audience.refusal(req, req.user, ids)
            if (refused) throw refused
          }
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'sender', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Sender', fr: 'Expéditeur' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'direct',
      index: true,
      options: [
        { label: { en: 'Direct', fr: 'Direct' }, value: 'direct' },
        { label: { en: 'Broadcast', fr: 'Diffusion' }, value: 'broadcast' },
      ],
      label: { en: 'Kind', fr: 'Type' },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      admin: { condition: (data) => data?.kind !== 'broadcast' },
      label: { en: 'Recipient', fr: 'Destinataire' },
    },
    {
      name: 'audienceRoles',
      type: 'select',
      hasMany: true,
      options: ROLES.map((r) => ({ label: r, value: r })),
      admin: { condition: (data) => data?.kind === 'broadcast' },
      label: { en: 'Audience: roles', fr: 'Audience : rôles' },
    },
    {
      name: 'audienceUsers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: { condition: (data) => data?.kind === 'broadcast' },
      label: { en: 'Audience: users', fr: 'Audience : utilisateurs' },
    },
    { name: 'subject', type: 'text', required: true, maxLength: 200, label: { en: 'Subject', fr: 'Objet' } },
    { name: 'body', type: 'textarea', required: true, maxLength: 10000, label: { en: 'Message', fr: 'Message' } },
  ],
}

/** Who read which message, one row per (message, user). */
export const MessageReads: CollectionConfig = {
  slug: 'message-reads',
  labels: { singular: { en: 'Message read', fr: 'Lecture de message' }, plural: { en: 'Message reads', fr: 'Lectures de messages' } },
  admin: { group: GROUP, defaultColumns: ['message', 'user', 'readAt'], hidden: ({ user }) => !userIsAdmin(user) },
  access: { read: or(isAdmin, ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)), create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['message', 'user'], unique: true }],
  fields: [
    { name: 'message', type: 'relationship', relationTo: 'messages', required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'readAt', type: 'date', required: true },
  ],
}
