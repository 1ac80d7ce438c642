import type { Endpoint } from 'payload'

import { z } from 'zod'

import { json, parseBody, requireUser } from '../../../endpoints/http'
import { PLATFORMS } from '../constants'
import { registerPushToken, removePushToken } from '../services/inbox'

const register = z.object({ token: z.string().trim().min(8).max(4096), platform: z.enum(PLATFORMS) })
const remove = z.object({ token: z.string().trim().min(1).max(4096) })

export const pushTokenEndpoints: Endpoint[] = [
  {
    // POST /api/push-tokens { token, platform }: register (or move to me and reactivate)
    path: '/',
    method: 'post',
    handler: async (req) => {
      const user = requireUser(req)
      const { doc, created } = await registerPushToken(req, user, await parseBody(req, register))
      return json({ doc }, created ? 201 : 200)
    },
  },
  {
    // POST /api/push-tokens/remove { token }: for apps that only know the token (sign-out). DELETE /api/push-tokens/:id works too.
    path: '/remove',
    method: 'post',
    handler: async (req) => {
      const user = requireUser(req)
      return json(await removePushToken(req, user, (await parseBody(req, remove)).token))
    },
  },
]
