import type { Endpoint } from 'payload'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, requireUser, routeParam } from '../../../endpoints/http'
import { listMyMessages, markMessageRead } from '../services/inbox'
import { PageQuery, pageOptions } from './pagination'

export const messageEndpoints: Endpoint[] = [
  defineEndpoint({
    // GET /api/messages/me: my inbox (direct + broadcasts to me or my roles) with read status
    path: '/me',
    method: 'get',
    auth: 'user',
    summary: 'My inbox: direct messages and broadcasts to me or my roles, with read status',
    query: PageQuery,
    handler: async (req, { query }) => json(await listMyMessages(req, requireUser(req), pageOptions(query))),
  }),
  defineEndpoint({
    path: '/:id/read',
    method: 'post',
    auth: 'user',
    summary: 'Mark a message read',
    handler: async (req) => json(await markMessageRead(req, requireUser(req), routeParam(req, 'id'))),
  }),
]
