import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, requireUser, routeParam } from '../../../endpoints/http'
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from '../services/inbox'
import { PageQuery, pageOptions } from './pagination'

export const notificationEndpoints: Endpoint[] = [
  defineEndpoint({
    // GET /api/notifications/me?page=&limit=&unread=true
    path: '/me',
    method: 'get',
    auth: 'user',
    summary: 'My notifications, newest first',
    query: PageQuery,
    handler: async (req, { query }) => json(await listMyNotifications(req, requireUser(req), pageOptions(query))),
  }),
  defineEndpoint({
    path: '/read-all',
    method: 'post',
    auth: 'user',
    summary: 'Mark all my notifications read',
    response: z.object({ updated: z.number().int().describe('how many were unread') }),
    handler: async (req) => json(await markAllNotificationsRead(req, requireUser(req))),
  }),
  defineEndpoint({
    path: '/:id/read',
    method: 'post',
    auth: 'user',
    summary: 'Mark one notification read',
    handler: async (req) => json({ doc: await markNotificationRead(req, requireUser(req), routeParam(req, 'id')) }),
  }),
]
