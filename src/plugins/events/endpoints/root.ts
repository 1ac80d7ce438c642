/** Root endpoints of the events plugin: the caller's calendar. */
import type { Endpoint } from 'payload'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { myCalendar } from '../services/queries'

export const rootEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/me/calendar.ics',
    method: 'get',
    auth: 'user',
    summary: 'My registered events as an iCalendar feed',
    tags: ['events'],
    produces: 'text/calendar',
    handler: async (req) => new Response(await myCalendar(req), { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' } }),
  }),
]
