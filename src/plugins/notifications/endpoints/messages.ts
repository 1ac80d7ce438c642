import type { Endpoint } from 'payload'

import { json, requireUser, routeParam } from '../../../endpoints/http'
import { listMyMessages, markMessageRead } from '../services/inbox'
import { parsePage } from './pagination'

export const messageEndpoints: Endpoint[] = [
  {
    // GET /api/messages/me: my inbox (direct + broadcasts to me or my roles) with read status
    path: '/me',
    method: 'get',
    handler: async (req) => json(await listMyMessages(req, requireUser(req), parsePage(req))),
  },
  {
    path: '/:id/read',
    method: 'post',
    handler: async (req) => json(await markMessageRead(req, requireUser(req), routeParam(req, 'id'))),
  },
]
