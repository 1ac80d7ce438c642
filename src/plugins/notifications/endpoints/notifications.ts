import type { Endpoint } from 'payload'

import { json, requireUser, routeParam } from '../../../endpoints/http'
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from '../services/inbox'
import { parsePage } from './pagination'

export const notificationEndpoints: Endpoint[] = [
  {
    // GET /api/notifications/me?page=&limit=&unread=true
    path: '/me',
    method: 'get',
    handler: async (req) => json(await listMyNotifications(req, requireUser(req), parsePage(req))),
  },
  {
    path: '/read-all',
    method: 'post',
    handler: async (req) => json(await markAllNotificationsRead(req, requireUser(req))),
  },
  {
    path: '/:id/read',
    method: 'post',
    handler: async (req) => json({ doc: await markNotificationRead(req, requireUser(req), routeParam(req, 'id')) }),
  },
]
