import type { Endpoint } from 'payload'

import { json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { locationSchema, updateLocation } from '../services/tracking'

/** PATCH /api/delivery-tracking/:id/location { latitude, longitude } — the assigned driver only. */
export const locationEndpoint: Endpoint = {
  path: '/:id/location',
  method: 'patch',
  handler: async (req) => {
    requireUser(req)
    const pos = await parseBody(req, locationSchema)
    return json(await updateLocation(req, routeParam(req, 'id'), pos))
  },
}
