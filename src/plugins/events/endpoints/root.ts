/** Root endpoints of the events plugin: the caller's calendar. */
import type { Endpoint } from 'payload'

import { myCalendar } from '../services/queries'

export const rootEndpoints: Endpoint[] = [
  {
    path: '/me/calendar.ics',
    method: 'get',
    handler: async (req) => new Response(await myCalendar(req), { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' } }),
  },
]
