import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, requireUser } from '../../../endpoints/http'
import { PLATFORMS } from '../constants'
import { registerPushToken, removePushToken } from '../services/inbox'

const register = z.object({ token: z.string().trim().min(8).max(4096), platform: z.enum(PLATFORMS) })
const remove = z.object({ token: z.string().trim().min(1).max(4096) })

export const pushTokenEndpoints: Endpoint[] = [
  defineEndpoint({
    // POST /api/push-tokens { token, platform }: register (or move to me and reactivate)
    path: '/',
    method: 'post',
    auth: 'user',
    status: 201,
    summary: 'Register a device push token (201), or move an existing one to me and reactivate it (200)',
    body: register,
    handler: async (req, { body }) => {
      const { doc, created } = await registerPushToken(req, requireUser(req), body)
      return json({ doc }, created ? 201 : 200)
    },
  }),
  defineEndpoint({
    // POST /api/push-tokens/remove { token }: for apps that only know the token (sign-out). DELETE /api/push-tokens/:id works too.
    path: '/remove',
    method: 'post',
    auth: 'user',
    summary: 'Remove a push token by its value (sign-out); DELETE /push-tokens/{id} works too',
    body: remove,
    response: z.object({ removed: z.number().int() }),
    handler: async (req, { body }) => json(await removePushToken(req, requireUser(req), body.token)),
  }),
]
