import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, requireUser } from '../../../endpoints/http'
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
  defineEndpoint({
    path: '/me',
    method: 'get',
    auth: 'user',
    summary: 'My notification preferences per type and channel',
    handler: async (req) => json({ preferences: await getMyPreferences(req, requireUser(req)), channels: CHANNELS }),
  }),
  defineEndpoint({
    // PATCH /api/notification-preferences/me { preferences: [{ type, channel, enabled }] }
    path: '/me',
    method: 'patch',
    auth: 'user',
    summary: 'Turn notification types on or off per channel (`*` for every type)',
    body,
    handler: async (req, { body: { preferences } }) => json({ preferences: await setMyPreferences(req, requireUser(req), preferences), channels: CHANNELS }),
  }),
]
