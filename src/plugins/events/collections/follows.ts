import type { CollectionConfig } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { badRequest, json, routeParam } from '../../../endpoints/http'
import { isAdmin, isAuthenticated, nobody, or } from '../../../access'
import { GROUP } from '../access'
import { followCounts } from '../services/queries'

const own = or(isAdmin, ({ req }) => (req.user ? { follower: { equals: req.user.id } } : false))

/** A user follows an organizer or an event category; followers hear of new published events. */
export const Follows: CollectionConfig = {
  slug: 'follows',
  labels: { singular: { en: 'Follow', fr: 'Abonnement' }, plural: { en: 'Follows', fr: 'Abonnements' } },
  admin: { group: GROUP, defaultColumns: ['follower', 'organizer', 'category', 'createdAt'] },
  endpoints: [
    defineEndpoint({
      path: '/counts/:id',
      method: 'get',
      auth: 'public',
      summary: "A user's follower and following counts (public profile)",
      params: z.object({ id: z.coerce.number().int().positive().describe('The user id.') }),
      handler: async (req) => {
        const id = Number(routeParam(req, 'id'))
        if (!Number.isSafeInteger(id) || id <= 0) throw badRequest('id: must be a positive integer')
        return json(await followCounts(req, id))
      },
    }),
  ],
  access: { read: own, create: isAuthenticated, update: nobody, delete: own },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create' && req.user) data.follower = req.user.id
        if (Boolean(data.organizer) === Boolean(data.category)) throw badRequest('Follow either an organizer or a category.')
        if (data.organizer && Number(data.organizer) === Number(data.follower)) throw badRequest('organizer: you cannot follow yourself.')
        data.target = data.organizer ? `organizer:${data.organizer}` : `category:${data.category}`
        return data
      },
    ],
  },
  fields: [
    { name: 'follower', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true }, label: { en: 'Follower', fr: 'Abonné' } },
    { name: 'organizer', type: 'relationship', relationTo: 'users', index: true, label: { en: 'Organizer', fr: 'Organisateur' } },
    { name: 'category', type: 'relationship', relationTo: 'event-categories', index: true, label: { en: 'Category', fr: 'Catégorie' } },
    { name: 'target', type: 'text', maxLength: 60, admin: { hidden: true } },
  ],
  indexes: [{ fields: ['follower', 'target'], unique: true }],
}
