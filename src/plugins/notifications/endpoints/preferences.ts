import type { Endpoint } from 'payload'

import { z } from 'zod'

import { json, parseBody, requireUser } from '../../../endpoints/http'
import { ALL_TYPES, CHANNELS, TYPE_PATTERN } from '../constants'
import { getMyPreferences, setMyPreferences } from '../services/inbox'

const body = z.object({
  preferences: z
    .array(
      z.object({
        type: z.string().refine((t) => t === ALL_TYPES || TYPE_PATTERN.test(t), 'a notification type such as payment.succeeded, or *'),
        channel: z.enum(CHANNELS),
        enabled: z.boolean(),
      }),
    )
    .min(1)
    .max(200),
})

export const myPreferencesEndpoints: Endpoint[] = [
  {
    path: '/me',
    method: 'get',
    handler: async (req) => json({ preferences: await getMyPreferences(req, requireUser(req)), channels: CHANNELS }),
  },
  {
    // PATCH /api/notification-preferences/me { preferences: [{ type, channel, enabled }] }
    path: '/me',
    method: 'patch',
    handler: async (req) => {
      const user = requireUser(req)
      const { preferences } = await parseBody(req, body)
      return json({ preferences: await setMyPreferences(req, user, preferences), channels: CHANNELS })
    },
  },
]
